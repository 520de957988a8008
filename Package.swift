// swift-tools-version: 6.0
// VisitDesk: a terminal dashboard for a technical-visits programme.
// Dependencies point one way: visitdesk → Runtime → {UI, Backend, Store} → Domain; TOMLDocument stands alone.
import PackageDescription

// Release builds lay out the code a start runs first and together (Linking/startup.order, made by
// scripts/make-startup-order), so a start maps a few hundred KB of code rather than 64 KB windows
// all over the binary; relative relocations are packed (RELR), so 2 MB of them are not read at
// every start. Each function gets its own section so it can be placed. docs/performance.md, item 11.
let releaseCode: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release))]
let linking = Context.packageDirectory + "/Linking"
let releaseLink: [LinkerSetting] = [
    .unsafeFlags([
        "-use-ld=lld",
        "-Xlinker", "--symbol-ordering-file=\(linking)/startup.order", "-Xlinker", "--no-warn-symbol-ordering",
        "-Xlinker", "-T", "-Xlinker", "\(linking)/private-functions.ld",
        "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
    ], .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "VisitDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "visitdesk", targets: ["visitdesk"]),
        .executable(name: "toml-decoder", targets: ["toml-decoder"]),
        .executable(name: "visitdesk-bench", targets: ["visitdesk-bench"]),
        .library(name: "TOMLDocument", targets: ["TOMLDocument"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Only for the benchmark that compares our parser with it (see docs/performance.md).
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // Tables kept per record (the store's known files, the contacts' links) in a third of a
        // Dictionary's memory (VisitDeskDomain's CompactTable).
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        // Letter templates (VisitDeskDocuments).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Lossless TOML 1.0: parse, keep every byte, edit surgically. No VisitDesk dependency.
        .target(name: "TOMLDocument", swiftSettings: releaseCode),
        .executableTarget(name: "toml-decoder", dependencies: ["TOMLDocument"]),

        // Pure values and rules: no file, terminal or clock access.
        .target(
            name: "VisitDeskDomain",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: releaseCode
        ),

        // TOML files <-> domain, atomic compare-and-swap writes, the inotify watcher, demo data.
        .target(
            name: "VisitDeskStore",
            dependencies: ["VisitDeskDomain", "TOMLDocument"],
            swiftSettings: releaseCode
        ),

        // What goes out to a delegation: programme, letters, name list, mail (pure text in, text out).
        .target(name: "VisitDeskDocuments", dependencies: ["VisitDeskDomain", .product(name: "Mustache", package: "swift-mustache")], swiftSettings: releaseCode),

        // Terminal-independent UI core: state, actions, update, rendering into a cell grid.
        .target(name: "VisitDeskUI", dependencies: ["VisitDeskDomain", "VisitDeskDocuments"], swiftSettings: releaseCode),

        // Thin ncursesw backend: the C shim wraps macros and globals Swift cannot see.
        .target(
            name: "CNcursesShim",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "CursesBackend", dependencies: ["CNcursesShim", "VisitDeskUI"], swiftSettings: releaseCode),

        // Sharing a store through git: the per-key TOML merge driver, git run as a pinned subprocess,
        // sync, history from git log.
        .target(name: "VisitDeskSharing", dependencies: ["VisitDeskDomain", "VisitDeskStore", "TOMLDocument"], swiftSettings: releaseCode),

        // The poll loop, signals, effect execution; wires store, UI core and backend.
        .target(
            name: "VisitDeskRuntime",
            dependencies: ["VisitDeskDomain", "VisitDeskStore", "VisitDeskUI", "CursesBackend", "CNcursesShim"],
            swiftSettings: releaseCode
        ),
        .executableTarget(
            name: "visitdesk",
            dependencies: [
                "VisitDeskRuntime", "VisitDeskStore", "VisitDeskDomain", "VisitDeskUI", "TOMLDocument", "VisitDeskDocuments", "VisitDeskSharing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: releaseCode,
            linkerSettings: releaseLink,
            plugins: ["BuildInfo"]
        ),
        // Records the git commit a binary is built from, for `visitdesk --version`.
        .plugin(name: "BuildInfo", capability: .buildTool()),
        .executableTarget(
            name: "visitdesk-bench",
            dependencies: [
                "TOMLDocument", "VisitDeskStore", "VisitDeskDomain", "VisitDeskUI", "VisitDeskDocuments", "VisitDeskSharing",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // libFuzzer target: build with -sanitize=fuzzer (docs/reliability.md); a plain build links a stub main.
        .executableTarget(name: "visitdesk-fuzz", dependencies: ["VisitDeskStore", "VisitDeskDomain"]),

        .testTarget(name: "TOMLDocumentTests", dependencies: ["TOMLDocument"]),
        .testTarget(name: "DomainTests", dependencies: ["VisitDeskDomain"]),
        .testTarget(name: "StoreTests", dependencies: ["VisitDeskStore", "VisitDeskDomain", "TOMLDocument"]),
        .testTarget(name: "ScreenTests", dependencies: ["VisitDeskUI", "VisitDeskDomain", "VisitDeskStore"], exclude: ["Snapshots"]),
        .testTarget(name: "RuntimeTests", dependencies: ["VisitDeskRuntime", "CursesBackend", "CNcursesShim", "VisitDeskUI"]),
        .testTarget(name: "DocumentsTests", dependencies: ["VisitDeskDocuments", "VisitDeskDomain", "VisitDeskStore"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["VisitDeskStore", "VisitDeskDomain"]),
        .testTarget(name: "SharingTests", dependencies: ["VisitDeskSharing", "VisitDeskStore", "VisitDeskDomain", "TOMLDocument"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["VisitDeskStore", "VisitDeskDomain", "TOMLDocument"]),
    ]
)
