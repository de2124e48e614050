"""One exception type for problems the user can fix.

Anything raised as `UserError` is shown as one clear line (CLI: stderr, exit code 2) or
a dialog (GUI); everything else is a bug and keeps its traceback.
"""


class UserError(Exception):
    """A problem with the user's input, files or machine, with a message that says what to do."""


class DataError(UserError):
    """The dataset is missing, truncated or altered."""


class CheckpointError(UserError):
    """A model file cannot be used: truncated, foreign, tampered or incompatible."""


class ImageError(UserError):
    """A file is not a usable image of a digit."""


class DeviceError(UserError):
    """The requested compute device is not present."""


class ArchitectureError(UserError):
    """A network description that can't work: an unknown layer, a bad setting, shapes that don't fit."""
