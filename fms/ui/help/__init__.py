"""Help → Keyboard shortcuts and Help → About: what the window itself can tell about itself."""
