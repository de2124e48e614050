"""How a model does: test-set metrics, calibration ("not sure"), the test report and prediction."""
