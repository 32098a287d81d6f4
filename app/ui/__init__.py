"""The Qt desktop front end. All Qt code of the app lives in this package."""

from .pyside_import_hook import drop_feature_import_hook

drop_feature_import_hook()
