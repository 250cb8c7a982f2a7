from dyad.cli import app

app()
