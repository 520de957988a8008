print("toml-decoder: not built yet")
