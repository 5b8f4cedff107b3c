using FleetCatalog.Diagnostics;

namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>
/// Aliases such as <c>nuc</c> are old names; whether the dashboard accepts them in balena.yml is not
/// documented, and the catalog files boards under their slugs, so the slug is the safe spelling.
/// </summary>
internal sealed class DeviceTypesShouldBeSlugsNotAliases : IManifestRule
{
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var references = ListedDeviceTypes.Supported(context).ToList();
        if (ListedDeviceTypes.Default(context) is { } defaultType)
        {
            references.Add(defaultType);
        }

        foreach (var reference in references.Where(r => r.IsAlias && r.Device is not null))
        {
            var device = reference.Device!;
            yield return DiagnosticCodes.DeviceTypeAlias.Create(
                $"'{reference.Text}' in {reference.Key} is an old alias of {ListedDeviceTypes.Describe(device)}; write the slug '{device.Slug}', which every part of balena accepts",
                context.File, reference.Value.Span);
        }
    }
}
