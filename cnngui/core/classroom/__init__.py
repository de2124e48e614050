"""The class: seats that send their trainings to the teacher's MLflow tracking server, and the teacher's view of them.

`rest` speaks MLflow's REST API with the standard library (the frozen app carries no MLflow),
`membership` is what a seat joined, `outbox` the disk queue a seat sends from (an outage loses
nothing), `reporter` turns a training into queued MLflow calls, `server` starts the teacher's
`mlflow server` and keeps the roster, `teacher` reads the class back (runs, challenges, drawings).
"""
