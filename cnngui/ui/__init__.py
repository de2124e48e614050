"""Qt views: they display and route; all computing happens in `cnngui.core`."""
