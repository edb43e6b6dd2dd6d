"""worker-codegen: typed clients and docs generated from message contracts."""

__version__ = "0.1.0"
