<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>cnngui</name>
    <message>
      <location filename="../../cnngui/cli_progress.py" line="23" />
      <source>{seconds}s {step}ms/step - loss: {loss} - accuracy: {accuracy} - val_loss: {test_loss} - val_accuracy: {test_accuracy}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/cli_progress.py" line="93" />
      <source>1 epoch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/cli_progress.py" line="93" />
      <source>{count} epochs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="64" />
      <source>Seed CNN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="64" />
      <source>The classic MNIST CNN: two conv layers, each followed by max pooling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="65" />
      <source>Dense network (FFNN)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="65" />
      <source>No convolutions: every unit sees every pixel, so it needs far more weights and loses which pixels are neighbours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="67" />
      <source>Deeper CNN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="67" />
      <source>Four conv layers in two blocks: the fields grow from 3×3 to 14×14, building edges → strokes → parts → whole shapes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="75" />
      <source>LeNet-5 style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="75" />
      <source>LeCun's 1998 design: 5×5 kernels, average pooling and tanh.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="80" />
      <source>All-convolutional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/architecture.py" line="80" />
      <source>No pooling: convolutions with stride 2 shrink the map instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/attribution.py" line="65" />
      <source>Integrated gradients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/attribution.py" line="66" />
      <source>How much each pixel's ink, added from a blank canvas, raised the class score.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/attribution.py" line="67" />
      <source>Occlusion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/attribution.py" line="68" />
      <source>How much the class score drops when a 4×4 patch around each pixel is erased.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="25" />
      <source>Vertical edge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="26" />
      <source>Horizontal edge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="27" />
      <source>Diagonal edge ╲</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="28" />
      <source>Diagonal edge ╱</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="29" />
      <source>Sobel (vertical edges)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="30" />
      <source>Sobel (horizontal edges)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="31" />
      <source>Blur</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="32" />
      <source>Sharpen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="33" />
      <source>Identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="124" />
      <source>A {k}×{k} kernel does not fit a {h}×{w} map with padding {padding}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/conv_lab.py" line="151" />
      <source>A {k}×{k} pooling window does not fit a {h}×{w} map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="62" />
      <source>Made the way {title} was: crop, scale to {box} px, centre by mass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="63" />
      <source>Made the way {title} was: crop, scale to {box} px, centre by its box</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="88" />
      <source>MNIST by Y. LeCun, C. Cortes and C. J. C. Burges, CC BY-SA 3.0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="92" />
      <source>T-shirt/top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="92" />
      <source>Trouser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="92" />
      <source>Pullover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="92" />
      <source>Dress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="92" />
      <source>Coat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="92" />
      <source>Sandal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="92" />
      <source>Shirt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="93" />
      <source>Sneaker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="93" />
      <source>Bag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="93" />
      <source>Ankle boot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="101" />
      <source>Fashion-MNIST by Zalando Research, MIT licence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="112" />
      <source>KMNIST (Kuzushiji-MNIST) by CODH, CC BY-SA 4.0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="115" />
      <source>a digit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="115" />
      <source>an item of clothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="115" />
      <source>a character</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/datasets.py" line="115" />
      <source>an image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="38" />
      <source>CPU ({threads} threads)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="43" />
      <source>this PyTorch build has no CUDA support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/devices.py" line="44" />
      <source>no CUDA GPU or driver was found on this machine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/edits.py" line="41" />
      <source>{layer} channels {channels} off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/edits.py" line="41" />
      <source>{layer} channel {channels} off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/edits.py" line="43" />
      <source>{layer} filter {filter} edited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="47" />
      <source>{label} must be a whole number or "same", not {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="48" />
      <source>{label} must be a whole number, not {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="51" />
      <source>{label} must be a number, not {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="53" />
      <source>{label} must be from {low} to {high}, not {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="108" />
      <source>a {kind} layer has no setting {setting}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="144" />
      <source>padding "same" keeps the map's size, so it needs stride 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="156" />
      <source>kernel size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="156" />
      <source>the side of the square window, in pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="157" />
      <source>pool size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="157" />
      <source>the side of the square window it summarises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="158" />
      <source>stride</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="158" />
      <source>how far the window moves (default: its size)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="159" />
      <source>= pool size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="163" />
      <source>Convolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="164" />
      <source>Slides small learned kernels over the map; each output channel is one pattern detector.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="165" />
      <source>filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="165" />
      <source>how many output channels (pattern detectors)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="167" />
      <source>how far the kernel moves each step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="168" />
      <source>padding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="169" />
      <source>zeros added around the map ("same" keeps its size)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="174" />
      <source>Max pooling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="175" />
      <source>Keeps the strongest response in each window, shrinking the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="179" />
      <source>Average pooling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="180" />
      <source>Averages each window, shrinking the map (as LeNet-5 did).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="183" />
      <source>ReLU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="183" />
      <source>Keeps positive values and turns negative ones into 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="185" />
      <source>Tanh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="185" />
      <source>Squashes every value into -1 … 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="187" />
      <source>Sigmoid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="187" />
      <source>Squashes every value into 0 … 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="190" />
      <source>Batch normalisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="191" />
      <source>Rescales each channel to a steady range, which makes training faster and steadier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="194" />
      <source>Dropout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="195" />
      <source>While training, switches off a random share of values so the network can't rely on any one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="196" />
      <source>drop rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="196" />
      <source>the share of values switched off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="198" />
      <source>Flatten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="199" />
      <source>Unrolls the map into one long list of numbers for the dense layers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="202" />
      <source>Dense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="203" />
      <source>Connects every input to every output unit, each with its own weight.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="204" />
      <source>units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="204" />
      <source>how many output units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="240" />
      <source>a {kind} layer needs an image-like map, but it gets a flat list of {count} numbers: move it above the flatten layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="243" />
      <source>a dense layer needs a flat list of numbers, but it gets a {shape} map: add a flatten layer before it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="255" />
      <source>its {k}×{k} kernel is larger than its {h}×{w} input{padded}: the map would shrink to nothing. Use a smaller kernel or remove a pooling layer above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="257" />
      <source>its {k}×{k} pooling window is larger than its {h}×{w} input{padded}: the map would shrink to nothing. Use a smaller kernel or remove a pooling layer above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/layers.py" line="259" />
      <source> (with padding {size})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/predict.py" line="19" />
      <source>bundled model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/preprocess.py" line="176" />
      <source>input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/preprocess.py" line="191" />
      <source>cropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/preprocess.py" line="191" />
      <source>scaled to {box} px</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/preprocess.py" line="192" />
      <source>centred 28x28</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/core/preprocess.py" line="204" />
      <source>test image, as is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="45" />
      <source>{network} (edited)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="65" />
      <source>no model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="127" />
      <source>{model}, edited ({edits})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="136" />
      <source>custom network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="144" />
      <source>The network has no layers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="189" />
      <source>The current model was trained on {dataset}, whose files cnngui does not have: choose {dataset} and its folder under Data in the Train tab.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="191" />
      <source>This model was trained on {dataset}, whose files cnngui does not have: choose {dataset} and its folder under Data in the Train tab.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="208" />
      <source>No test images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="217" />
      <source>Loading the {dataset} test set…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="225" />
      <source>{dataset} unavailable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="232" />
      <source>{dataset} test image #{index}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/app_state.py" line="255" />
      <source>Cannot evaluate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/appearance.py" line="20" />
      <source>Follow the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/appearance.py" line="20" />
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/appearance.py" line="20" />
      <source>Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/appearance.py" line="20" />
      <source>High contrast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/canvas.py" line="47" />
      <source>Draw a digit with the mouse, a pen or a finger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/canvas.py" line="174" />
      <source>Draw a digit here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="26" />
      <source>Pooling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="60" />
      <source>Input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="63" />
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="68" />
      <source>A learned filter of the model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="69" />
      <source>Your own 3×3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="70" />
      <source>Your own 5×5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="77" />
      <source>Type a number in any cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="79" />
      <source>Kernel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="85" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="86" />
      <source>Filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="87" />
      <source>Input channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="101" />
      <source>Sliding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="103" />
      <source>Stride</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="104" />
      <source>Zero padding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="105" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="107" />
      <source>Pool size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="108" />
      <source>Pool stride</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="118" />
      <source>▶ Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="119" />
      <source>Step ›</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="120" />
      <source>‹ Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="121" />
      <source>Show all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="123" />
      <source> steps/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="124" />
      <source>Slide the window over the input (Space)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="152" />
      <source>kernel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="152" />
      <source>products</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="209" />
      <source>Your drawing: pixels 0 … 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="210" />
      <source>Your drawing: the network input (normalised)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="214" />
      <source>{layer} output ({c} maps of {h}×{w})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="239" />
      <source>your drawing (pixels 0 … 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="242" />
      <source>your drawing as the network receives it (normalised)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="250" />
      <source>{layer} channel {channel} for your drawing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="272" />
      <source>{layer} filter {filter}, input channel {channel} (learned)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="275" />
      <source>{layer} filter {filter} (learned)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="278" />
      <source>your own kernel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="280" />
      <source>the vertical edge kernel: this model has no convolution layer, so no learned filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="283" />
      <source>the kernel “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="308" />
      <source>A kernel cell holds a number from -1000 to 1000; it was set to 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="364" />
      <source>&lt;b&gt;Convolution&lt;/b&gt;: {kernel} slides over {input}. Position {position} of {positions}: output unit ({y}, {x}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="368" />
      <source>Output size: ⌊(n + 2p − k) / s⌋ + 1 = {formula} → a {h}×{w} map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="373" />
      <source>input {n}×{n}, padded by {padding} (hatched)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="374" />
      <source>input {n}×{n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="377" />
      <source>output {h}×{w}: filled as the kernel moves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="379" />
      <source>bias {bias}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="380" />
      <source>sum of the {count} products = {sum}{bias}&lt;br&gt;= &lt;b&gt;{value}&lt;/b&gt; at output ({y}, {x})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="389" />
      <source>&lt;b&gt;ReLU&lt;/b&gt; on the convolution's output: negative values become 0. Position {position} of {positions}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="392" />
      <source>ReLU keeps the size: {h}×{w}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="394" />
      <source>convolution output {h}×{w}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="398" />
      <source>after ReLU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="406" />
      <source>&lt;b&gt;Max pooling&lt;/b&gt; of the ReLU output: each {size}×{size} window becomes its maximum. Position {position} of {positions}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="408" />
      <source>&lt;b&gt;Average pooling&lt;/b&gt; of the ReLU output: each {size}×{size} window becomes its average. Position {position} of {positions}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="411" />
      <source>Output size: ⌊(n − k) / s⌋ + 1 = {formula} → a {h}×{w} map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="414" />
      <source>ReLU output {n}×{n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="416" />
      <source>pooled {h}×{w}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="418" />
      <source>maximum of the window = &lt;b&gt;{value}&lt;/b&gt; at output ({y}, {x})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="419" />
      <source>average of the window = &lt;b&gt;{value}&lt;/b&gt; at output ({y}, {x})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="424" />
      <source>the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="424" />
      <source>value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/conv_lab_tab.py" line="442" />
      <source>❚❚ Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="61" />
      <source>Something went wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="62" />
      <source>cnngui hit an unexpected problem: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="63" />
      <source>The app keeps running, and your model, drawing and network are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="64" />
      <source>The details are in {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/crash.py" line="68" />
      <source>Copy details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/curves.py" line="41" />
      <source>Loss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/curves.py" line="41" />
      <source>cross-entropy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/curves.py" line="42" />
      <source>Accuracy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/curves.py" line="42" />
      <source>accuracy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/curves.py" line="44" />
      <source>epoch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/dialogs.py" line="10" />
      <source>cnngui checkpoints (*.pt);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="35" />
      <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="96" />
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="96" />
      <source>Clear the canvas (Esc or Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="97" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="97" />
      <source>Undo the last stroke (Ctrl+Z)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="99" />
      <source> px</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="100" />
      <source>Pen width for new strokes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="102" />
      <source>Open image…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="103" />
      <source>Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="103" />
      <source>Paste an image (Ctrl+V)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="104" />
      <source>Random test image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="105" />
      <source>Pick an image from the model's test set to compare with yours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="111" />
      <source>Undo the last stroke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="112" />
      <source>Clear the canvas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="114" />
      <source>Paste an image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="121" />
      <source>Pen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="129" />
      <source>Draw with the mouse, a pen or a finger; drop an image file here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="155" />
      <source>probability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="165" />
      <source>The network's answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="171" />
      <source>The 28x28 image the network receives, enlarged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="184" />
      <source>What the network sees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="188" />
      <source>network input (28x28)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="200" />
      <source> % of test images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="201" />
      <source>Answer "not sure" for drawings less like the training images than all but this share of real test images.
0 switches "not sure" off. Higher: more caution.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="210" />
      <source>Say "not sure" as often as for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="215" />
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="216" />
      <source>Work out, after each stroke, which pixels pushed the network to its answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="219" />
      <source>Explain the answer, or ask why not another class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="231" />
      <source>Why this answer?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="292" />
      <source>your drawing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="295" />
      <source>Draw {a_noun}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="296" />
      <source>Nothing found to classify</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="315" />
      <source>true: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="318" />
      <source>Not sure: unlike the {dataset} images it learned from. Best guess {name} ({confidence})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="323" />
      <source>{confidence} sure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="336" />
      <source>A {dataset} test image, used as it is (already made that way)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="385" />
      <source> (the answer was {name})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="386" />
      <source>&lt;span style='color:#b2182b'&gt;&lt;b&gt;Red&lt;/b&gt;&lt;/span&gt;: pixels that pushed it towards &lt;b&gt;{towards}&lt;/b&gt;{asked}; &lt;span style='color:#2166ac'&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt;: away from it. {explain}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="393" />
      <source>Draw, and the pixels behind the answer light up here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="422" />
      <source>Model: {label} · classes from {dataset}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="429" />
      <source>Random {dataset} test image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="433" />
      <source>the answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="435" />
      <source>why {name}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="442" />
      <source>Open an image of a digit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="452" />
      <source>Image: {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="456" />
      <source>Opening {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="458" />
      <source>Cannot use this file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="463" />
      <source>Nothing to paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="463" />
      <source>The clipboard holds no image. Copy a picture of {a_noun} first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="465" />
      <source>Pasted image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="483" />
      <source> — draw on it, or Clear to start again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/draw_tab.py" line="494" />
      <source>Dropped image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="65" />
      <source>Rows: the true class. Columns: the network's answer. Click a cell to see its images.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="74" />
      <source>Show each cell as a % of its row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="75" />
      <source>Each row as shares of its true class, so classes of different sizes compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="77" />
      <source>Confusion matrix: rows are the true class, columns the answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="83" />
      <source>class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="83" />
      <source>precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="83" />
      <source>recall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="83" />
      <source>images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="87" />
      <source>Precision: of the images it called this class, the share that are.
Recall: of the images of this class, the share it found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="89" />
      <source>Per class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="92" />
      <source>Click a cell of the matrix, or:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="93" />
      <source>Most confident mistakes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="94" />
      <source>Every wrong answer in the test set, the most confident first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="103" />
      <source>Click: open in Draw and Explore. Double-click: go to Draw.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="106" />
      <source>Test images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="115" />
      <source>confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="116" />
      <source>share right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="127" />
      <source>Is its confidence honest?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="171" />
      <source>Evaluating {label} on its test set…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="175" />
      <source>No model yet: train one, or open one from the File menu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="182" />
      <source>Model: {label} · {count:,} {title} test images · classes from {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="185" />
      <source>&lt;b&gt;{accuracy:.2%}&lt;/b&gt; right · {mistakes:,} mistakes of {count:,} · loss {loss:.4f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="219" />
      <source>true {true}, answered {answer}: {count} images ({share} of the row)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="239" />
      <source>Too few test images to check the confidence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="246" />
      <source>Each bar: of the answers given with that confidence, the share that were right (on {held_out:,} test images not used to calibrate; bars of fewer than {min_bin} images are left out). On the dashed line, "90% sure" is right 90% of the time. Calibration error {error_before:.2%} as trained, {error_after:.2%} after dividing the scores by {temperature:.2f} (temperature scaling, fitted on the other half).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="260" />
      <source>true {true}, answered {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="261" />
      <source>{name}: answered right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="270" />
      <source>every mistake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="277" />
      <source>, the first {count} shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="278" />
      <source>&lt;b&gt;{what}&lt;/b&gt;: {count} images, most confident first{more}. Click one to open it in Draw and Explore.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/evaluate_tab.py" line="289" />
      <source>test image #{index}: true {true}, answered {answer} with {confidence}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="49" />
      <source>Experiments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="57" />
      <source>Why CNNs for images?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="58" />
      <source>Why we need CUDA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="68" />
      <source>Train both and compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="70" />
      <source>Compare the latest runs of each</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="71" />
      <source>No training: shift-test the newest finished runs of the dense network and the seed CNN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="74" />
      <source>Trains the dense network and the seed CNN with the fast recipe on the chosen dataset, then moves every test image 0–6 pixels and turns it up to 20°.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="78" />
      <source>network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="78" />
      <source>parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="78" />
      <source>test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="78" />
      <source>time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="78" />
      <source>moved 3 px</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="79" />
      <source>turned 15°</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="80" />
      <source>Test accuracy, test images moved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="82" />
      <source>pixels moved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="83" />
      <source>Test accuracy, test images turned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="85" />
      <source>degrees turned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="87" />
      <source>test accuracy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="92" />
      <source>Epochs each</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="120" />
      <source>Loading the data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="140" />
      <source>Needs a finished run of the dense network and one of the seed CNN (build them in the Network tab, or train both here)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="186" />
      <source>Done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="186" />
      <source>Done; both are in the runs list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="187" />
      <source>Moved 3 pixels, the dense network keeps {dense} right, the CNN {cnn}, with {ratio}× fewer weights: its filters slide over the image, the dense network learnt each pixel position apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="195" />
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="199" />
      <source>Trains the seed CNN with the seed's recipe (Adam, batch 32) for a few seconds on the CPU and on each CUDA GPU, and projects the seed's three epochs from the speed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="201" />
      <source>No CUDA GPU here: {reason}. You will see the CPU's figure alone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="204" />
      <source>device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="204" />
      <source>images/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="204" />
      <source>seed's 3 epochs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="204" />
      <source>× the CPU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="236" />
      <source>{device}: {rate} images/s, the seed's three epochs in about {seconds} s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="238" />
      <source>No CUDA GPU here: {reason}. The CPU's figure alone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/experiments.py" line="245" />
      <source>Stopped: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="45" />
      <source>an example (draw your own in the Draw tab)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="70" />
      <source>&lt;b&gt;Layers&lt;/b&gt; (click one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="76" />
      <source>Hover over a unit to read its value; click it to see what it sees.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="104" />
      <source>Output channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="111" />
      <source>Click a kernel to change its weights by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="116" />
      <source>Type a weight; the prediction, the feature maps and the accuracy follow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="126" />
      <source>Feature maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="127" />
      <source>Filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="133" />
      <source>What the selected unit sees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="148" />
      <source>Test images that excite this channel most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="155" />
      <source>Switch this channel off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="156" />
      <source>Its output becomes 0: see what the network does without it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="161" />
      <source>Reset to the trained weights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="163" />
      <source>Switch parts off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="207" />
      <source>{params} params</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="209" />
      <source>each unit sees the whole image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="210" />
      <source>each unit sees a {size}x{size} patch of the input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="285" />
      <source>{layer} channel {channel}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="287" />
      <source>{layer} unit {unit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="291" />
      <source>{count} channels of {h}x{w}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="292" />
      <source>{count} units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="293" />
      <source>&lt;b&gt;{layer}&lt;/b&gt; output for {source}: {kind}. Blue is negative, red positive; after a ReLU everything is ≥ 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="314" />
      <source>unit ({y}, {x}) of channel {channel}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="315" />
      <source>unit {unit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="318" />
      <source>the whole image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="320" />
      <source>only the zero padding around the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="322" />
      <source>a {h}x{w} patch at rows {top}–{bottom}, columns {left}–{right}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="325" />
      <source>Its channel is switched off, so it outputs 0 whatever the input.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="327" />
      <source>It is silent for this input (it outputs 0 here), so its gradient is zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="330" />
      <source>&lt;b&gt;{layer}&lt;/b&gt;, {where}: value {value}.&lt;br&gt;Theoretical receptive field (orange): {seen}. Heat: the effective receptive field, how strongly each input pixel moves this unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="367" />
      <source>{layer} filter {filter}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="369" />
      <source>{layer}'s {count} kernels of {h}x{w}: each slides over the image and responds to one small pattern (an edge, a stroke end).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="375" />
      <source>{layer} filter {filter}, input channel {channel}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="378" />
      <source>Filter {filter} of {layer} has one {h}x{w} kernel for each of the {count} channels below it; their responses are summed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="390" />
      <source>weights: blue negative, white zero, red positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="399" />
      <source>Switch {layer} channel {channel} off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="401" />
      <source>Select a conv layer's channel to switch it off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="403" />
      <source>Changed: {edits}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="404" />
      <source>No changes: the trained weights.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="421" />
      <source>&lt;b&gt;{name}&lt;/b&gt; ({confidence}), next {second} ({probability})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="425" />
      <source>For {source}: trained says {trained}; now {now}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="455" />
      <source>{which}: type new weights and watch the prediction and the maps change. Reset (right) brings back the trained ones.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="483" />
      <source>Test accuracy unavailable: the model's test set is not here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="508" />
      <source>Test accuracy unavailable: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="517" />
      <source>Test accuracy: trained {text} → with these changes &lt;b&gt;{text2}&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="533" />
      <source>Searching the {dataset} test set…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="546" />
      <source>Top patches unavailable: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="581" />
      <source>{layer} channel {channel} is switched off: no image excites it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="589" />
      <source>test image #{index}: activation {activation}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="592" />
      <source>whole images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="593" />
      <source>its {size}x{size} receptive field, outlined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/explore_tab.py" line="594" />
      <source>{layer} channel {channel}: the 9 {dataset} test images with its strongest response, shown around {what}. Early layers respond to edges and stroke pieces; deeper ones to larger shapes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="31" />
      <source>(fixed by the lesson in this step)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="42" />
      <source>Lesson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="60" />
      <source>Next ›</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="61" />
      <source>Restart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="84" />
      <source>Step {value} of {count}: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="181" />
      <source>This lesson can't be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/lesson_panel.py" line="190" />
      <source>Lesson: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="41" />
      <source>Network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="42" />
      <source>Train</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="43" />
      <source>Evaluate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="44" />
      <source>Draw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="45" />
      <source>Explore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="61" />
      <source>cnngui — see a CNN learn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="76" />
      <source>Loading PyTorch…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="78" />
      <source>Model: loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="94" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="95" />
      <source>&amp;Open model…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="96" />
      <source>&amp;Save model as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="97" />
      <source>Use the &amp;bundled model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="98" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="106" />
      <source>Open &amp;lesson…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="110" />
      <source>Bundled lessons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="118" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="120" />
      <source>Go to {tab}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="129" />
      <source>&amp;Copy view as image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="130" />
      <source>Save &amp;view as PNG or SVG…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="135" />
      <source>&amp;Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="138" />
      <source>&amp;Start training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="139" />
      <source>&amp;Pause or resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="140" />
      <source>S&amp;top training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="141" />
      <source>&amp;Export the curves as PNG…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="146" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="147" />
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="150" />
      <source>&amp;About cnngui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="161" />
      <source>Zoom &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="163" />
      <source>Zoom &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="164" />
      <source>&amp;Reset zoom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="169" />
      <source>&amp;Theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="215" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="218" />
      <source>where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="218" />
      <source>keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="218" />
      <source>what</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="261" />
      <source>Model: none (train one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="262" />
      <source>Bundled model unavailable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="286" />
      <source>Model: {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="291" />
      <source>Device: {device}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="295" />
      <source>Open model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="306" />
      <source>loaded from {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="308" />
      <source>Cannot open model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="310" />
      <source>Opened {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="315" />
      <source>Save model as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="325" />
      <source>Nothing to save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="325" />
      <source>There is no model yet: train one or open one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="330" />
      <source>Cannot save model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="332" />
      <source>Saved {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="343" />
      <source>Open a lesson</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="344" />
      <source>Lessons (*.md);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="373" />
      <source>See a convolutional neural network learn MNIST, classify your handwriting, and open it up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="376" />
      <source>Devices:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="380" />
      <source>About cnngui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="387" />
      <source>Training is running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/main_window.py" line="388" />
      <source>Training is still running. Stop it and quit?
The last finished epoch is autosaved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/mosaic.py" line="125" />
      <source>channel {channel}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="27" />
      <source>Network files (*.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="28" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="28" />
      <source>Output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="28" />
      <source>Parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="28" />
      <source>Each unit sees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="55" />
      <source>Start from a ready-made network; you can change every layer afterwards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="56" />
      <source>Start from this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="58" />
      <source>Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="59" />
      <source>Save as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="60" />
      <source>Open a network saved as JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="61" />
      <source>Save this network as JSON (cnngui train --arch FILE trains it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="65" />
      <source>Start from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="104" />
      <source>Add below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="105" />
      <source>Insert a layer of this kind below the selected one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="107" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="108" />
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="109" />
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="120" />
      <source>Layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="129" />
      <source>Selected layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="134" />
      <source>The Train tab trains this network. After training, Draw and Explore show it (Explore: every conv layer's filters, and what each unit sees).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="212" />
      <source>&lt;b&gt;Input&lt;/b&gt;: {h}×{w} image, {c} channel ({title}) · &lt;b&gt;Output&lt;/b&gt;: {num_classes} classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="252" />
      <source>{size}×{size} pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="258" />
      <source>{layers} layers ({convs} conv) · &lt;b&gt;{params}&lt;/b&gt; parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="261" />
      <source>{summary}&lt;br&gt;&lt;span style='color:{name}'&gt;✗ This network can't be trained yet: {problem}&lt;/span&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="264" />
      <source>{summary} · &lt;span style='color:{name}'&gt;✓ ready to train&lt;/span&gt; (in the Train tab)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="278" />
      <source>Select a layer to change its settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="282" />
      <source>unknown layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="288" />
      <source>This layer has no settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="327" />
      <source>Open a network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="336" />
      <source>Cannot open this network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="344" />
      <source>Save the network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="353" />
      <source>Cannot save this network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/network_tab.py" line="356" />
      <source>Saved the network to {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="27" />
      <source>images seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="27" />
      <source>training time (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="28" />
      <source>run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="28" />
      <source>date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="28" />
      <source>best test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="76" />
      <source>Tick runs to overlay their curves; double-click a name to rename the run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="84" />
      <source>Use this model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="85" />
      <source>Make the selected run's model the current one (Draw, Explore, Evaluate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="87" />
      <source>Timeline…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="88" />
      <source>Scrub through the selected run's snapshots: watch its filters form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="90" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="92" />
      <source>Experiments…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="93" />
      <source>Why CNNs for images (dense network vs seed CNN, shift test), why we need CUDA (CPU vs GPU speed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="104" />
      <source>x axis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="110" />
      <source>Training loss (smoothed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="113" />
      <source>Test accuracy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="184" />
      <source>Cannot rename the run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="207" />
      <source>No runs yet: each training you start is kept here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="208" />
      <source>Tick runs in the list to draw their curves on the plots below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="231" />
      <source>run {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="233" />
      <source>Cannot open the run's model</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="235" />
      <source>Using the model of run “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="246" />
      <source>Delete run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="246" />
      <source>Delete the run “{name}”, its model and its snapshots?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/runs_view.py" line="260" />
      <source>Cannot open the timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/settings_io.py" line="32" />
      <source>Some saved settings could not be read and were reset to their defaults: {keys}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="23" />
      <source>loss curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="24" />
      <source>accuracy curve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="25" />
      <source>runs compared - loss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="26" />
      <source>runs compared - accuracy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="27" />
      <source>timeline accuracy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="28" />
      <source>timeline filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="29" />
      <source>timeline feature maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="30" />
      <source>probabilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="31" />
      <source>what the network sees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="32" />
      <source>why this answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="33" />
      <source>feature maps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="35" />
      <source>receptive field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="36" />
      <source>strongest patches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="37" />
      <source>confusion matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="38" />
      <source>reliability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="39" />
      <source>shift experiment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="40" />
      <source>rotation experiment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="41" />
      <source>convolution input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="42" />
      <source>convolution output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="45" />
      <source>PNG image (*.png);;SVG drawing (*.svg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="78" />
      <source>cnngui: {get}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="103" />
      <source>Copy as image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="104" />
      <source>Save as PNG or SVG…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="159" />
      <source>No view here to copy: point at a plot or a picture.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="162" />
      <source>Copied “{view}” as an image.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="168" />
      <source>No view here to save: point at a plot or a picture.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="172" />
      <source>Save “{view}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="180" />
      <source>Could not save the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/slides.py" line="180" />
      <source>{path} could not be written: {error}. Choose a folder you may write to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/tasks.py" line="28" />
      <source>The GPU ran out of memory. Use a smaller batch size or a smaller network, or train on the CPU.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/tasks.py" line="43" />
      <source>The work was interrupted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="39" />
      <source>snapshot {file} does not fit the run's network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="61" />
      <source>Timeline of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="67" />
      <source>this run kept no snapshots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="69" />
      <source>this network has no conv layer, so there are no filters to watch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="86" />
      <source>epochs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="94" />
      <source>Export GIF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="95" />
      <source>The first conv layer's filters at every snapshot, as an animation for slides</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="98" />
      <source>First conv layer's filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="100" />
      <source>Its feature maps for the current drawing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="106" />
      <source>start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="108" />
      <source>end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="135" />
      <source>Cannot show this snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="152" />
      <source>test accuracy {accuracy}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="153" />
      <source>scoring…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="154" />
      <source>before training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="154" />
      <source>after {epochs} epochs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="156" />
      <source>Snapshot {number} of {count}: {when} ({images} images seen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="186" />
      <source>Export the filters' timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="187" />
      <source>GIF animations (*.gif)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="192" />
      <source>Cannot export the GIF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/timeline.py" line="210" />
      <source>epoch {epoch}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="76" />
      <source>SGD (Nesterov momentum)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="80" />
      <source>Augment (slant, size, stroke width)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="83" />
      <source>Adam's default is 0.001; the one-cycle presets use a higher peak rate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="84" />
      <source>Images per step. Larger batches run faster on a GPU.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="87" />
      <source>Recipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="88" />
      <source>Epochs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="89" />
      <source>Batch size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="90" />
      <source>Learning rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="91" />
      <source>Optimizer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="92" />
      <source>Device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="93" />
      <source>Seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="97" />
      <source>{title} (bundled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="99" />
      <source>Which images to learn: handwritten digits, clothes, or Japanese characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="101" />
      <source>bundled MNIST</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="102" />
      <source>Folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="103" />
      <source>Train on the dataset's four files in a folder (checked like the bundled ones)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="104" />
      <source>Bundled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="105" />
      <source>Use the MNIST files that ship with cnngui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="108" />
      <source>Dataset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="113" />
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="116" />
      <source>Training settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="119" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="120" />
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="121" />
      <source>Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="122" />
      <source>Continue from file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="124" />
      <source>Train the network from the Network tab from scratch with these settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="125" />
      <source>Stop now (within a layer, even mid-batch) and keep the model trained so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="126" />
      <source>Continue training a saved checkpoint up to the epochs set above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="136" />
      <source>Ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="141" />
      <source>Epoch results appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="149" />
      <source>Log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="160" />
      <source>Log-scale loss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="162" />
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="163" />
      <source>Export PNG…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="164" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="165" />
      <source>PNG images (*.png)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="167" />
      <source>Smoothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="187" />
      <source>This run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="188" />
      <source>Compare runs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="197" />
      <source>{device} — unavailable: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="234" />
      <source>{title} in {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="236" />
      <source>bundled {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="238" />
      <source>choose the folder with the {title} files (or use --download on the command line)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="240" />
      <source>The four original {title} files shipped with cnngui</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="247" />
      <source>Folder with the four {title} files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="255" />
      <source>Build or change the network in the Network tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="259" />
      <source>can't be trained yet: see the Network tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="261" />
      <source>{params} parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="264" />
      <source>Train this network from scratch with these settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="325" />
      <source>The network in the Network tab can't be trained: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="327" />
      <source>Cannot start training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="339" />
      <source>the checkpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="340" />
      <source>Training {network} on {dataset}: {epochs}, batch {batch}, {optimizer} lr {lr}, seed {seed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="342" />
      <source>, augmented</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="360" />
      <source>Training resumed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="363" />
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="364" />
      <source>Paused: training holds after this batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="371" />
      <source>Stopping…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="394" />
      <source>Continue training from checkpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="403" />
      <source>{file} was trained on {dataset}: choose {dataset} under Dataset to continue it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="406" />
      <source>Cannot continue training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="410" />
      <source>Continuing {file} from epoch {epoch}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="440" />
      <source> (paused)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="441" />
      <source>Epoch {epoch}/{epochs} · batch {batch}/{batches}{paused}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="443" />
      <source>{rate} images/s · ETA {eta} · loss {loss} · lr {lr}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="451" />
      <source>Epoch {epoch}/{epochs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="453" />
      <source>trained now (epoch {epoch}/{epochs}, test accuracy {accuracy})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="459" />
      <source>Stopped before training began.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="460" />
      <source>Stopped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="463" />
      <source>no epoch finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="465" />
      <source>Stopped; the model trained so far is kept ({result}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="466" />
      <source>trained now (stopped in epoch {epoch})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="468" />
      <source>Finished: {result}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="469" />
      <source>trained now ({epochs}, {result})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="472" />
      <source>Stopped — model kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="472" />
      <source>Finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="475" />
      <source>Error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="476" />
      <source>Training failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="491" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="498" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_tab.py" line="498" />
      <source>Cannot write {path}: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_worker.py" line="69" />
      <source>Autosave failed: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_worker.py" line="79" />
      <source>Preparing the model…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_worker.py" line="92" />
      <source>Not kept in the runs list: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cnngui/ui/train_worker.py" line="95" />
      <source>Training on {device}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
