import FolioFuzzing

/// libFuzzer's entry point: one input, fed to the profile target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.profile.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
