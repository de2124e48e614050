"""The one registry of datasets: what each is called, its classes, input shape, normalisation and files.

Training, prediction, checkpoints (which record it), the Draw and Explore tabs and the CLI take
class names and shapes from here, so nothing says "digit" when the classes are shirts.
MNIST ships with cnngui; Fashion-MNIST and KMNIST load from a folder the user chooses (or
the explicit download option) through torchvision's own dataset classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from cnngui.errors import DataError
from cnngui.i18n import N_, tr

# Sizes of the four uncompressed IDX files every MNIST-format dataset here has (60,000 + 10,000 of 28x28).
IDX_SIZES = {
    "train-images-idx3-ubyte": 47_040_016,
    "train-labels-idx1-ubyte": 60_008,
    "t10k-images-idx3-ubyte": 7_840_016,
    "t10k-labels-idx1-ubyte": 10_008,
}
FILE_NAMES = tuple(IDX_SIZES)


SIDE = 28  # the side of an MNIST-format image, in pixels: every dataset here has 1 x SIDE x SIDE inputs
FOLDER_KIND = "ImageFolder"  # `torchvision_class` of a dataset read from an image folder (core.image_folder)


@dataclass(frozen=True)
class Framing:
    """How a picture becomes the network input, the way the dataset's images were made."""

    box: int = 20  # the longer side of the object, in pixels (MNIST: 20 of 28)
    centre_by_mass: bool = True  # MNIST centres by mass; Fashion-MNIST by the bounding box
    side: int = SIDE  # the square field it is centred in: the network's input


@dataclass(frozen=True)
class DatasetSpec:
    key: str  # used in files and on the command line: mnist, fashion-mnist, kmnist
    title: str
    torchvision_class: str  # the torchvision.datasets class that reads it
    class_names: tuple[str, ...]
    noun: str  # "digit": what one image shows
    normalization: dict = field(default_factory=dict)  # {"mean", "std"} of its training images
    input_shape: tuple[int, int, int] = (1, SIDE, SIDE)
    # Published MD5 and size of each *uncompressed* file, where known; else the MD5 of each .gz file.
    raw_checksums: dict | None = None
    gz_checksums: dict | None = None
    bundled: bool = False
    framing: Framing = Framing()
    credit: str = ""
    origin: str = ""  # where an image folder's files came from (a folder dataset only)
    counts: tuple = ()  # (("skipped", n), ("test", n), ("train", n)) of a folder dataset

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def a_noun(self) -> str:
        """"a digit", "an item of clothing": for sentences like "Draw a digit" (translated)."""
        return tr(("an " if self.noun[:1] in "aeiou" else "a ") + self.noun)

    @property
    def framing_steps(self) -> str:
        """"crop, scale to 20 px, centre by mass": how the dataset's pictures were made (translated)."""
        f = self.framing
        text = (tr("crop, scale to {box} px, centre by mass") if f.centre_by_mass else
                tr("crop, scale to {box} px, centre by its box"))
        return text.format(box=f.box)

    @property
    def framing_text(self) -> str:
        return tr("Made the way {dataset} was: {steps}").format(dataset=self.title, steps=self.framing_steps)

    def class_name(self, index: int) -> str:
        """The class's name in the user's language ("Hose" for "Trouser" in German)."""
        return tr(self.class_names[index]) if 0 <= index < len(self.class_names) else str(index)

    def record(self) -> dict:
        """What a checkpoint stores about the data it was trained on."""
        record = {"name": self.key, "title": self.title, "class_names": list(self.class_names),
                  "input_shape": list(self.input_shape), "normalization": dict(self.normalization)}
        if self.origin:
            record.update(origin=self.origin, counts=dict(self.counts))
        return record

    def with_checksums(self, raw: dict) -> DatasetSpec:
        """The same dataset checked against other files (tests make small ones)."""
        return replace(self, raw_checksums=raw, gz_checksums=None)


MNIST = DatasetSpec(
    "mnist", "MNIST", "MNIST", tuple(str(d) for d in range(10)), "digit", normalization={"mean": 0.1307, "std": 0.3081},
    raw_checksums={
        "train-images-idx3-ubyte": ("6bbc9ace898e44ae57da46a324031adb", 47_040_016),
        "train-labels-idx1-ubyte": ("a25bea736e30d166cdddb491f175f624", 60_008),
        "t10k-images-idx3-ubyte": ("2646ac647ad5339dbf082846283269ea", 7_840_016),
        "t10k-labels-idx1-ubyte": ("27ae3e4e09519cfbb04c329615203637", 10_008),
    },
    bundled=True, credit=N_("MNIST by Y. LeCun, C. Cortes and C. J. C. Burges, CC BY-SA 3.0."))

FASHION_MNIST = DatasetSpec(
    "fashion-mnist", "Fashion-MNIST", "FashionMNIST",
    (N_("T-shirt/top"), N_("Trouser"), N_("Pullover"), N_("Dress"), N_("Coat"), N_("Sandal"), N_("Shirt"),
     N_("Sneaker"), N_("Bag"), N_("Ankle boot")),
    "item of clothing", normalization={"mean": 0.2860, "std": 0.3530},
    gz_checksums={  # torchvision's published checksums of the .gz files
        "train-images-idx3-ubyte": "8d4fb7e6c68d591d4c3dfef9ec88bf0d",
        "train-labels-idx1-ubyte": "25c81989df183df01b3e8a0aad5dffbe",
        "t10k-images-idx3-ubyte": "bef4ecab320f06d8554ea6380940ec79",
        "t10k-labels-idx1-ubyte": "bb300cfdad3c16e7a12a480ee83cd310",
    },
    framing=Framing(box=28, centre_by_mass=False), credit=N_("Fashion-MNIST by Zalando Research, MIT licence."))

KMNIST = DatasetSpec(
    "kmnist", "KMNIST", "KMNIST", ("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"),
    "character", normalization={"mean": 0.1918, "std": 0.3483},
    gz_checksums={
        "train-images-idx3-ubyte": "bdb82020997e1d708af4cf47b453dcf7",
        "train-labels-idx1-ubyte": "e144d726b3acfaa3e44228e80efcd344",
        "t10k-images-idx3-ubyte": "5c965bf0a639b31b8f53240b1b52f4d7",
        "t10k-labels-idx1-ubyte": "7320c461ea6c1c855c0b718fb2a4b134",
    },
    framing=Framing(box=26), credit=N_("KMNIST (Kuzushiji-MNIST) by CODH, CC BY-SA 4.0."))

# What `a_noun` says of each dataset, for the translation catalogue.
NOUNS = (N_("a digit"), N_("an item of clothing"), N_("a character"), N_("an image"))

DATASETS: dict[str, DatasetSpec] = {d.key: d for d in (MNIST, FASHION_MNIST, KMNIST)}
DEFAULT = MNIST


def get_dataset(key: str) -> DatasetSpec:
    if key not in DATASETS:
        raise DataError(tr("Unknown dataset {key!r}; choose one of {join}.").format(key=key, join=', '.join(DATASETS)))
    return DATASETS[key]


def from_record(record) -> DatasetSpec:
    """The dataset a checkpoint names (older checkpoints name none: MNIST). A dataset cnngui does not know
    keeps its recorded class names and normalisation, so its model still predicts."""
    if not isinstance(record, dict):
        return DEFAULT
    known = DATASETS.get(record.get("name"))
    names = record.get("class_names")
    if known is not None and (names is None or list(names) == list(known.class_names)):
        return known
    if not (isinstance(names, list) and names and all(isinstance(n, str) for n in names)):
        raise DataError(tr("The dataset recorded in the model file has no usable class names."))
    base = known or DEFAULT
    counts = record.get("counts") if isinstance(record.get("counts"), dict) else {}
    folder = {"torchvision_class": FOLDER_KIND, "origin": str(record["origin"]),
              "counts": tuple(sorted((str(k), v) for k, v in counts.items() if isinstance(v, int)))} \
        if isinstance(record.get("origin"), str) and record["origin"] else {}
    return replace(base, key=str(record.get("name", "custom")), title=str(record.get("title", "custom data")),
                   class_names=tuple(names), noun="image", bundled=False, **folder)
