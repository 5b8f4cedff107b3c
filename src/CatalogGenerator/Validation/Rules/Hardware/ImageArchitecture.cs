using FleetCatalog.Devices;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>The CPU an image is built for, as far as its name or platform tells, and how we know.</summary>
/// <param name="Architecture">The least a board must run: 32-bit ARM of unknown version counts as ARMv6, which every ARM board runs.</param>
/// <param name="Description">For messages: "64-bit ARM (aarch64)".</param>
/// <param name="Reason">For messages: "its name ends in '-aarch64'".</param>
internal sealed record ImageArchitecture(DeviceArchitecture Architecture, string Description, string Reason)
{
    public static ImageArchitecture Of(DeviceArchitecture architecture, string reason) => new(architecture, Describe(architecture), reason);

    public static string Describe(DeviceArchitecture architecture) => architecture switch
    {
        DeviceArchitecture.Aarch64 => "64-bit ARM (aarch64)",
        DeviceArchitecture.Armv7hf => "32-bit ARMv7 (armv7hf)",
        DeviceArchitecture.Rpi => "ARMv6 (rpi)",
        DeviceArchitecture.Amd64 => "64-bit x86 (amd64)",
        DeviceArchitecture.I386 => "32-bit x86 (i386)",
        _ => "32-bit x86 without PAE (i386-nlp)",
    };
}
