using System.Net;
using FleetCatalog.Devices;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Devices;

public sealed class BalenaDeviceTypeClientTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void An_odata_answer_gives_slug_name_arch_aliases_and_hardware_flags()
    {
        var body = FakeBalenaApi.DeviceTypes(("intel-nuc", "Intel NUC", "amd64", ["nuc"]));

        var device = Assert.Single(BalenaDeviceTypeClient.ParseResponse(body));

        Assert.Equal(("intel-nuc", "Intel NUC", "amd64", false), (device.Slug, device.Name, device.Architecture, device.IsPrivate));
        Assert.Equal<string>(["nuc"], device.Aliases);
        Assert.Equal((true, true, (bool?)false), (device.Hdmi, device.Wifi, device.Bluetooth));
    }

    [Fact]
    public void A_device_type_without_a_contract_has_no_hardware_flags()
    {
        const string body = """{"d":[{"slug":"x","name":"X","is_of__cpu_architecture":[{"slug":"rpi"}],"device_type_alias":[],"contract":null}]}""";

        var device = Assert.Single(BalenaDeviceTypeClient.ParseResponse(body));

        Assert.Equal(((bool?)null, (bool?)null, (bool?)null), (device.Hdmi, device.Wifi, device.Bluetooth));
        Assert.Empty(device.Aliases);
    }

    [Theory]
    [InlineData("<html>Service Unavailable</html>", "not JSON")]
    [InlineData("", "not JSON")]
    [InlineData("[1,2]", "no device-type list")]
    [InlineData("""{"error":"nope"}""", "no device-type list")]
    [InlineData("""{"d":[]}""", "empty")]
    [InlineData("""{"d":[{"slug":"x","name":"X"}]}""", "device type #1 lacks")]
    [InlineData("""{"d":[{"slug":"x","name":"X","is_of__cpu_architecture":[]}]}""", "device type #1 lacks")]
    [InlineData("""{"d":[42]}""", "device type #1 lacks")]
    public void Anything_else_is_refused_with_a_reason(string body, string reason)
    {
        var e = Assert.Throws<BalenaApiException>(() => BalenaDeviceTypeClient.ParseResponse(body));

        Assert.Contains("not a device-type list", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_asks_the_v7_device_type_resource_for_the_fields_it_needs()
    {
        using var api = new FakeBalenaApi(FakeBalenaApi.DeviceTypes(("raspberrypi5", "Raspberry Pi 5", "aarch64", [])));
        using var client = BalenaDeviceTypeClient.Create(api.Url.TrimEnd('/'), Timeout);

        var devices = await client.GetDeviceTypesAsync();

        Assert.Equal("raspberrypi5", Assert.Single(devices).Slug);
        var request = Assert.Single(api.Requests);
        Assert.StartsWith("/v7/device_type?", request, StringComparison.Ordinal);
        Assert.Contains("$select=slug,name,is_private,contract", request, StringComparison.Ordinal);
        Assert.Contains("$expand=is_of__cpu_architecture($select=slug),device_type_alias($select=is_referenced_by__alias)", request, StringComparison.Ordinal);
        Assert.Contains("$filter=is_private eq false", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_says_the_api_cannot_be_reached()
    {
        using var client = BalenaDeviceTypeClient.Create(FakeBalenaApi.UnreachableUrl(), Timeout);

        var e = await Assert.ThrowsAsync<BalenaApiException>(() => client.GetDeviceTypesAsync());

        Assert.Contains("cannot reach balena's API at http://127.0.0.1:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_error_names_the_status()
    {
        using var api = new FakeBalenaApi("""{"message":"down for maintenance"}""", HttpStatusCode.ServiceUnavailable);
        using var client = BalenaDeviceTypeClient.Create(api.Url, Timeout);

        var e = await Assert.ThrowsAsync<BalenaApiException>(() => client.GetDeviceTypesAsync());

        Assert.Contains("HTTP 503", e.Message, StringComparison.Ordinal);
        Assert.Contains("down for maintenance", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_api_times_out_with_a_clear_message()
    {
        using var api = new FakeBalenaApi("{}", delay: TimeSpan.FromSeconds(30));
        using var client = BalenaDeviceTypeClient.Create(api.Url, TimeSpan.FromMilliseconds(300));

        var e = await Assert.ThrowsAsync<BalenaApiException>(() => client.GetDeviceTypesAsync());

        Assert.Contains("did not answer within 0.3 s", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api.balena-cloud.com")]
    [InlineData("ftp://example.test")]
    public void An_address_that_is_not_http_is_refused(string url)
    {
        var e = Assert.Throws<BalenaApiException>(() => BalenaDeviceTypeClient.Create(url, Timeout));

        Assert.Contains($"'{url}' is not an http(s) address", e.Message, StringComparison.Ordinal);
    }
}
