# Puts the project root on sys.path for tests and AppTest page scripts.
