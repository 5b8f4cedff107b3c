using FleetCatalog.Devices;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// balena releases no new balenaOS for a discontinued board, so a maker who buys one for this
/// project gets an OS without fixes; the listing promises more than balena still delivers.
/// </summary>
internal sealed class DeviceTypesShouldNotBeDiscontinued : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        foreach (var reference in ListedDeviceTypes.DistinctBoards(context))
        {
            if (reference.Device is { Status: DeviceSupportStatus.Discontinued } device)
            {
                yield return DiagnosticCodes.DiscontinuedDeviceType.Create(
                    $"{ListedDeviceTypes.Describe(device)} in {reference.Key} is discontinued: balena no longer releases balenaOS for it, so new devices get no fixes; remove it unless you still test the project on it",
                    context.File, reference.Value.Span);
            }
        }
    }
}
