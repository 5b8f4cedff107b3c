using FleetCatalog.Diagnostics;
using FleetCatalog.Yaml;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// Without <c>supportedDeviceTypes</c> nobody, balena or the catalog, can tell which boards the
/// project runs on, so makers cannot find it for their board nor trust that it works on it.
/// </summary>
internal sealed class SupportedDeviceTypesMustBeListed : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var manifest = context.Manifest;
        var entry = manifest.SupportedDeviceTypesEntry;
        if (manifest.SupportedDeviceTypes.Length > 0 || entry?.Value is YamlMapping || (entry?.Value is YamlSequence list && list.Items.Any(i => i is not YamlScalar)))
        {
            // Entries of the wrong shape were dropped, and reported (CAT210), by the reader.
            yield break;
        }

        var example = manifest.DefaultDeviceType?.Text is { Length: > 0 } slug && context.Devices.Find(slug) is not null
            ? slug
            : ListedDeviceTypes.DashboardDefault;
        var what = entry is null ? "'supportedDeviceTypes' is missing" : "'supportedDeviceTypes' is empty";
        var span = entry?.Key.Span ?? manifest.Root.Find("data")?.Key.Span ?? SourceSpan.At(1, 1);
        yield return DiagnosticCodes.SupportedDeviceTypesMissing.Create(
            $"{what}, so neither balena nor the catalog can tell which boards this project runs on; list every board you have tested under 'data', for example 'supportedDeviceTypes: [{example}]'",
            context.File, span);
    }
}
