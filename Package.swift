// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "HanQuant",
    products: [
        .library(name: "HanQuant", targets: ["HanQuant"]),
        .executable(name: "hanquant", targets: ["hanquant"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `swift package generate-documentation`: the library's DocC catalog (Sources/HanQuant/HanQuant.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(
            name: "CXML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        .target(
            name: "HanQuant",
            dependencies: ["CICU", "CXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Resources/Lexicons"), .copy("Resources/Review")]
        ),
        .executableTarget(
            name: "hanquant",
            dependencies: [
                "HanQuant",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "hanquant-fuzz",
            dependencies: ["HanQuant"],
            path: "Fuzz/Sources"
        ),
        .executableTarget(
            name: "hanquant-stages",
            dependencies: ["HanQuant"],
            path: "Benchmarks/StageTimes"
        ),
        .testTarget(
            name: "HanQuantTests",
            dependencies: ["HanQuant", "CICU", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Samples", "Quantities/Cases", "Facts/Cases"]
        ),
        .testTarget(
            name: "hanquantTests",
            dependencies: ["hanquant", "hanquant-fuzz"]
        ),
    ]
)
