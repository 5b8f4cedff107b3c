using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FleetCatalog.Devices;

/// <summary>
/// The registry's data file: JSON, one device type per line so that a refresh reads as a small diff.
/// </summary>
internal static class DeviceRegistryFile
{
    public const int SchemaVersion = 1;
    private const string ResourceName = "FleetCatalog.Devices.device-types.json";

    // Names such as "Raspberry Pi 5 & CM5" stay readable in diffs instead of becoming \u0026.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DeviceRegistry LoadEmbedded() => new(LoadEmbeddedDocument().DeviceTypes);

    public static DeviceRegistryDocument LoadEmbeddedDocument()
    {
        using var stream = typeof(DeviceRegistryFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The device-type list {ResourceName} is not embedded in the tool.");
        return ParseDocument(stream);
    }

    public static DeviceRegistry Load(string path) => new(LoadDocument(path).DeviceTypes);

    public static DeviceRegistryDocument LoadDocument(string path)
    {
        using var stream = File.OpenRead(path);
        return ParseDocument(stream);
    }

    /// <exception cref="FormatException">The file is not a device-type list of a version this tool reads.</exception>
    public static DeviceRegistry Parse(Stream stream) => new(ParseDocument(stream).DeviceTypes);

    /// <exception cref="FormatException">The file is not a device-type list of a version this tool reads.</exception>
    public static DeviceRegistryDocument ParseDocument(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var version = root.GetProperty("schemaVersion").GetInt32();
        if (version != SchemaVersion)
        {
            throw new FormatException($"device-type list has schemaVersion {version}; this tool reads version {SchemaVersion}");
        }

        return new DeviceRegistryDocument(
            root.TryGetProperty("source", out var source) ? source.GetString() ?? string.Empty : string.Empty,
            root.TryGetProperty("updated", out var updated) ? DateOnly.Parse(updated.GetString()!, CultureInfo.InvariantCulture) : default,
            root.GetProperty("deviceTypes").EnumerateArray().Select(ReadDevice).ToList());
    }

    private static DeviceType ReadDevice(JsonElement e)
    {
        var arch = e.GetProperty("arch").GetString()!;
        if (!DeviceArchitectures.TryParse(arch, out var architecture))
        {
            throw new FormatException($"device type '{e.GetProperty("slug").GetString()}' has unknown architecture '{arch}'");
        }

        return new DeviceType(
            e.GetProperty("slug").GetString()!,
            e.GetProperty("name").GetString()!,
            architecture,
            [.. e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)],
            ParseStatus(e.GetProperty("status").GetString()!),
            e.TryGetProperty("discontinuationDate", out var date) ? DateOnly.Parse(date.GetString()!, CultureInfo.InvariantCulture) : null,
            OptionalBool(e, "hdmi"),
            OptionalBool(e, "wifi"),
            OptionalBool(e, "bluetooth"));
    }

    private static bool? OptionalBool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public static string StatusSlug(DeviceSupportStatus status) => status switch
    {
        DeviceSupportStatus.Supported => "supported",
        DeviceSupportStatus.PendingDiscontinuation => "pending-discontinuation",
        DeviceSupportStatus.Discontinued => "discontinued",
        _ => "unlisted",
    };

    public static DeviceSupportStatus ParseStatus(string text) => text switch
    {
        "supported" => DeviceSupportStatus.Supported,
        "pending-discontinuation" => DeviceSupportStatus.PendingDiscontinuation,
        "discontinued" => DeviceSupportStatus.Discontinued,
        "unlisted" => DeviceSupportStatus.Unlisted,
        _ => throw new FormatException($"unknown support status '{text}'"),
    };

    public static string Serialize(DeviceRegistryDocument document) => Serialize(document.DeviceTypes, document.Source, document.Updated);

    public static string Serialize(IEnumerable<DeviceType> devices, string source, DateOnly updated)
    {
        var text = new StringBuilder();
        text.Append("{\n")
            .Append(CultureInfo.InvariantCulture, $"  \"schemaVersion\": {SchemaVersion},\n")
            .Append(CultureInfo.InvariantCulture, $"  \"source\": {JsonValue.Create(source).ToJsonString(Readable)},\n")
            .Append(CultureInfo.InvariantCulture, $"  \"updated\": \"{updated:yyyy-MM-dd}\",\n")
            .Append("  \"deviceTypes\": [\n");
        var lines = devices.OrderBy(d => d.Slug, StringComparer.Ordinal).Select(WriteDevice);
        text.Append(string.Join(",\n", lines)).Append("\n  ]\n}\n");
        return text.ToString();
    }

    private static string WriteDevice(DeviceType d)
    {
        var o = new JsonObject
        {
            ["slug"] = d.Slug,
            ["name"] = d.Name,
            ["arch"] = d.Architecture.Slug(),
            ["aliases"] = new JsonArray([.. d.Aliases.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["status"] = StatusSlug(d.Status),
        };
        if (d.DiscontinuationDate is { } date)
        {
            o["discontinuationDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (d.Hdmi is { } hdmi)
        {
            o["hdmi"] = hdmi;
        }

        if (d.Wifi is { } wifi)
        {
            o["wifi"] = wifi;
        }

        if (d.Bluetooth is { } bluetooth)
        {
            o["bluetooth"] = bluetooth;
        }

        return "    " + o.ToJsonString(Readable);
    }
}
