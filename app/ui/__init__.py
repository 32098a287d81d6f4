"""The Qt desktop front end. All Qt code of the app lives in this package."""
