"""Training: the one loop, its recipes, continuing a saved model, the speed probe and the runs kept."""
