namespace FleetCatalog.Devices;

/// <summary>balena's CPU architecture names (the <c>arch</c> of a device type contract).</summary>
internal enum DeviceArchitecture
{
    /// <summary>32-bit ARMv6 (balena calls it <c>rpi</c>): Raspberry Pi 1 and Zero.</summary>
    Rpi,
    Armv7hf,
    Aarch64,
    Amd64,
    I386,

    /// <summary>i386 without PAE ("no large pages"), for very old Intel boards.</summary>
    I386Nlp,
}
