# make install [PREFIX=~/.local]: the release binary, its manual page and shell completions.
PREFIX ?= $(HOME)/.local
BIN = .build/release/visitdesk

.PHONY: build install uninstall test

build:
	swift build -c release --static-swift-stdlib --product visitdesk

install: build
	install -Dm755 $(BIN) $(DESTDIR)$(PREFIX)/bin/visitdesk
	install -Dm644 docs/man/visitdesk.1 $(DESTDIR)$(PREFIX)/share/man/man1/visitdesk.1
	mkdir -p $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/visitdesk
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_visitdesk
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/visitdesk.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/visitdesk $(DESTDIR)$(PREFIX)/share/man/man1/visitdesk.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/visitdesk \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_visitdesk \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/visitdesk.fish

test:
	bash .ci/test
