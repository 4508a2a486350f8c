"""Build scripts for the IP statistics portal."""
