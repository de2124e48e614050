"""Looking inside a trained model: feature maps, receptive fields, attribution, the convolution lab, edits."""
