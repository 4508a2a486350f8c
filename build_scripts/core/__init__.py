"""Shared by every stage, depends on none: where things are (paths), errors that name file, line
and key (errors), YAML with line numbers (yamlio), atomic writes (atomic), the record types that
flow between the stages (records), and the one number formatter and period rules."""
