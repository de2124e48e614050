"""The application's state as small observable models that know nothing of Qt: the current model, the network
being built, the dataset to train on, the picture and its prediction, the unit looked at, the run. Each says
what changed through its own `Event`s; `cnngui.ui.app_state.AppState` bridges them to Qt signals for the views,
and the tests drive them without a QApplication."""
