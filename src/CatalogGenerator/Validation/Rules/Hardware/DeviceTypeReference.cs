using FleetCatalog.Devices;
using FleetCatalog.Manifests;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>One board named in the manifest, as written, and the device type it stands for.</summary>
/// <param name="Key">The manifest key it was found under: <c>supportedDeviceTypes</c> or <c>defaultDeviceType</c>.</param>
/// <param name="Device">The device type, found by slug or by alias; null when balena does not know the name.</param>
/// <param name="IsAlias">True when <see cref="Device"/> was found by one of its aliases (<c>nuc</c> for <c>intel-nuc</c>).</param>
internal sealed record DeviceTypeReference(ManifestValue Value, string Key, DeviceType? Device, bool IsAlias)
{
    public string Text => Value.Text ?? string.Empty;
}
