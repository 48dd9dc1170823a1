"""Printed documents: preview, printing, saving as PDF, batches and numbered versions."""
