"""dyad's coding engine: pure functions over typed records. No Prefect, no file-system side effects in the stages."""

PIPELINE_VERSION = "0.1.0"
