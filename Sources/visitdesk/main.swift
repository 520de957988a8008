print("visitdesk")
