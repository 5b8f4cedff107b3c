using FleetCatalog.Diagnostics;
using FleetCatalog.Manifests;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// Without <c>defaultDeviceType</c> the dashboard pre-selects the Raspberry Pi 4; a project that does
/// not run there fails on the very first deploy of anyone who keeps the default.
/// </summary>
internal sealed class DashboardDefaultMustBeSupported : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var supported = ListedDeviceTypes.Supported(context);
        if (ListedDeviceTypes.Default(context) is not null || supported.Count == 0)
        {
            yield break;
        }

        if (ListedDeviceTypes.IntendedSlugs(context.Devices, supported).Contains(ListedDeviceTypes.DashboardDefault))
        {
            yield break;
        }

        // Only a board that exists makes a fix that works; with none, CAT300 already explains each name.
        if (supported.Select(r => r.Device?.Slug).OfType<string>().FirstOrDefault() is not { } first)
        {
            yield break;
        }

        var entry = context.Manifest.SupportedDeviceTypesEntry;
        var place = context.Manifest.Layout == ManifestLayout.FlatV1 && context.Manifest.Root.Find("data") is null ? "at the top level" : "under 'data'";
        yield return DiagnosticCodes.DefaultDeviceTypeImplicit.Create(
            $"there is no defaultDeviceType, so the Create fleet dialog pre-selects the Raspberry Pi 4 ('{ListedDeviceTypes.DashboardDefault}'), which supportedDeviceTypes does not list; add 'defaultDeviceType: {first}' {place}",
            context.File, entry?.Key.Span ?? SourceSpan.At(1, 1));
    }
}
