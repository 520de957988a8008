print("visitdesk-bench: not built yet")
