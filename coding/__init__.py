"""dyad's coding engine: pure functions over typed records. No Prefect, no file-system side effects in the stages."""

# Written into every event row and every run's metadata. Raise it whenever the engine codes differently: `dyad recode`
# then codes every article again instead of keeping rows an older engine wrote (third session's engine: 0.3.0).
PIPELINE_VERSION = "0.3.13"
