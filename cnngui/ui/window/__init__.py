"""The main window's parts: its menus and its model files (main_window.py assembles them)."""
