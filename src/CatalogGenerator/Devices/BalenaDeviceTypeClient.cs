using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FleetCatalog.Devices;

/// <summary>
/// Reads the public device types from balena's API (<c>GET /v7/device_type</c>, no login needed). The query
/// is the one balena's own CLI makes for <c>balena devices supported</c>, plus <c>is_private</c> and the
/// <c>contract</c> (for the hdmi/wifi/bluetooth flags).
/// </summary>
internal sealed class BalenaDeviceTypeClient : IDisposable
{
    public const string DefaultApiUrl = "https://api.balena-cloud.com";

    // The contracts make the answer about 1 MB today; far more than that is not a device-type list.
    private const long MaxResponseBytes = 64L * 1024 * 1024;

    private const string Query =
        "v7/device_type"
        + "?$select=slug,name,is_private,contract"
        + "&$expand=is_of__cpu_architecture($select=slug),device_type_alias($select=is_referenced_by__alias)"
        + "&$filter=is_private%20eq%20false"
        + "&$orderby=slug%20asc";

    private readonly HttpClient _http;

    public BalenaDeviceTypeClient(Uri apiUrl, TimeSpan timeout)
    {
        RequestUri = new Uri(new Uri(apiUrl.AbsoluteUri.TrimEnd('/') + "/"), Query);
        Timeout = timeout;
        _http = new HttpClient { Timeout = timeout, MaxResponseContentBufferSize = MaxResponseBytes };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("fleet-catalog", "0.1"));
    }

    public Uri RequestUri { get; }

    public TimeSpan Timeout { get; }

    public static BalenaDeviceTypeClient Create(string apiUrl, TimeSpan timeout) =>
        Uri.TryCreate(apiUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new BalenaDeviceTypeClient(uri, timeout)
            : throw new BalenaApiException($"'{apiUrl}' is not an http(s) address; pass the API's base address, such as {DefaultApiUrl}");

    /// <exception cref="BalenaApiException">The API cannot be reached, fails, or answers something unusable.</exception>
    public async Task<IReadOnlyList<ApiDeviceType>> GetDeviceTypesAsync(CancellationToken cancellationToken = default)
    {
        string body;
        try
        {
            using var response = await _http.GetAsync(RequestUri, cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new BalenaApiException($"balena's API at {RequestUri.GetLeftPart(UriPartial.Authority)} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {Excerpt(body)}");
            }
        }
        catch (HttpRequestException e)
        {
            throw new BalenaApiException($"cannot reach balena's API at {RequestUri.GetLeftPart(UriPartial.Authority)} ({e.Message}); check the internet connection and --api-url", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BalenaApiException($"balena's API at {RequestUri.GetLeftPart(UriPartial.Authority)} did not answer within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; try again later or raise --timeout", e);
        }

        return ParseResponse(body);
    }

    /// <summary>Reads an OData answer <c>{"d": [...]}</c>; anything else is reported, never half-used.</summary>
    /// <exception cref="BalenaApiException">The answer is not a device-type list.</exception>
    public static IReadOnlyList<ApiDeviceType> ParseResponse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("d", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                throw Garbage("it has no device-type list (a JSON object with a \"d\" array)", body);
            }

            var result = list.EnumerateArray().Select((e, i) => ReadDeviceType(e, i, body)).ToList();
            return result.Count > 0 ? result : throw Garbage("its device-type list is empty", body);
        }
        catch (JsonException e)
        {
            throw Garbage($"it is not JSON ({e.Message})", body);
        }
    }

    private static ApiDeviceType ReadDeviceType(JsonElement e, int index, string body)
    {
        var slug = String(e, "slug");
        var name = String(e, "name");
        var arch = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("is_of__cpu_architecture", out var archList)
            && archList.ValueKind == JsonValueKind.Array && archList.GetArrayLength() > 0 ? String(archList[0], "slug") : null;
        if (slug is null || name is null || arch is null)
        {
            throw Garbage($"device type #{index + 1} lacks a slug, a name or an architecture", body);
        }

        var aliases = e.TryGetProperty("device_type_alias", out var aliasList) && aliasList.ValueKind == JsonValueKind.Array
            ? aliasList.EnumerateArray().Select(a => String(a, "is_referenced_by__alias")).OfType<string>()
            : [];
        var data = e.TryGetProperty("contract", out var contract) && contract.ValueKind == JsonValueKind.Object
            && contract.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
        var connectivity = data is { } dd && dd.TryGetProperty("connectivity", out var c) && c.ValueKind == JsonValueKind.Object ? c : (JsonElement?)null;
        return new ApiDeviceType(
            slug,
            name,
            arch,
            [.. aliases.Where(a => a != slug).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            e.TryGetProperty("is_private", out var isPrivate) && isPrivate.ValueKind == JsonValueKind.True,
            Bool(data, "hdmi"),
            Bool(connectivity, "wifi"),
            Bool(connectivity, "bluetooth"));
    }

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text ? text : null;

    private static bool? Bool(JsonElement? e, string name) =>
        e is { } o && o.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static BalenaApiException Garbage(string why, string body) =>
        new($"balena's API answered something that is not a device-type list: {why}. The answer began: {Excerpt(body)}");

    private static string Excerpt(string body)
    {
        var flat = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length == 0 ? "(empty)" : flat.Length <= 120 ? flat : flat[..120] + "...";
    }

    public void Dispose() => _http.Dispose();
}
