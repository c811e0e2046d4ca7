"""Tests of building, checking, versioning and publishing the distribution."""
