using System.Globalization;
using System.Text.Json;
using FleetCatalog.Devices;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Devices;

/// <summary>The shipped registry against balena's own list (../shared/balena/device-types.json).</summary>
public sealed class DeviceRegistryMatchesBalenaTests
{
    [SharedDataFact]
    public void Every_balena_device_type_is_known_with_its_architecture_aliases_and_status()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Shared, "balena", "device-types.json")));
        var registry = DeviceRegistry.Default;
        var slugs = new List<string>();
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            var slug = entry.GetProperty("slug").GetString()!;
            slugs.Add(slug);
            var device = registry.Find(slug);
            Assert.True(device is not null, $"'{slug}' is missing from the registry");
            Assert.Equal(entry.GetProperty("arch").GetString(), device.Architecture.Slug());

            foreach (var alias in entry.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Where(a => a != slug))
            {
                var resolved = registry.Find(alias) ?? registry.FindByAlias(alias);
                Assert.True(resolved is not null, $"alias '{alias}' of '{slug}' does not resolve");
                if (registry.Find(alias) is null)
                {
                    Assert.Equal(slug, resolved.Slug);
                }
            }

            var (status, date) = ParseStatus(entry.GetProperty("docs_status").GetString()!);
            Assert.True(status == device.Status, $"'{slug}' is {device.Status} in the registry but {status} at balena");
            Assert.Equal(date, device.DiscontinuationDate);
        }

        Assert.Equal(slugs.Order(StringComparer.Ordinal), registry.All.Select(d => d.Slug).Order(StringComparer.Ordinal));
    }

    private static (DeviceSupportStatus Status, DateOnly? Date) ParseStatus(string text)
    {
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        var name = open < 0 ? text : text[..open];
        DateOnly? date = open < 0 ? null : DateOnly.Parse(text[(open + 2)..^1], CultureInfo.InvariantCulture);
        var status = name switch
        {
            "listed-supported" => DeviceSupportStatus.Supported,
            "pending-discontinuation" => DeviceSupportStatus.PendingDiscontinuation,
            "discontinued" => DeviceSupportStatus.Discontinued,
            "unlisted" => DeviceSupportStatus.Unlisted,
            _ => throw new FormatException($"unknown docs_status '{text}'"),
        };
        return (status, date);
    }
}
