using FleetCatalog.Sources.Logos;

namespace FleetCatalog.Tests.Sources.Logos;

public sealed class LogoDownloaderTests : IDisposable
{
    private readonly LogoServer _server = new();
    private readonly HttpClient _http = LogoDownloader.CreateHttpClient();

    public void Dispose()
    {
        _http.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task A_png_is_downloaded_with_its_size_etag_and_hash()
    {
        var png = TestImages.Png(16, 8);
        _server.File("/logo.png", png, "\"v1\"", "image/png");

        var result = await Downloader().DownloadAsync(_server.Url("logo.png"), null, CancellationToken.None);

        Assert.Equal(LogoDownloadStatus.Downloaded, result.Status);
        Assert.Equal(png, result.Content);
        Assert.Equal(new ImageInfo(ImageFormat.Png, 16, 8), result.Image);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)), result.Sha256);
        Assert.Null(_server.Requests.Single().IfNoneMatch);
    }

    [Fact]
    public async Task The_previous_etag_is_sent_and_a_304_reports_not_modified()
    {
        _server.File("/logo.svg", TestImages.Utf8(TestImages.Svg()), "W/\"abc\"");

        var result = await Downloader().DownloadAsync(_server.Url("logo.svg"), "W/\"abc\"", CancellationToken.None);

        Assert.Equal(LogoDownloadStatus.NotModified, result.Status);
        Assert.Equal("W/\"abc\"", result.ETag);
        Assert.Null(result.Content);
        Assert.Equal("W/\"abc\"", _server.Requests.Single().IfNoneMatch);
    }

    [Fact]
    public async Task A_png_served_as_logo_svg_with_an_svg_content_type_is_a_png()
    {
        _server.File("/logo.svg", TestImages.Png(4, 4), contentType: "image/svg+xml");

        var result = await Downloader().DownloadAsync(_server.Url("logo.svg"), null, CancellationToken.None);

        Assert.Equal(ImageFormat.Png, result.Image?.Format);
        Assert.Equal("png", result.Image?.Extension);
    }

    [Fact]
    public async Task A_missing_file_is_not_found_and_the_message_names_the_url()
    {
        var url = _server.Url("nope.png");

        var result = await Downloader().DownloadAsync(url, null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.NotFound, result.Failure);
        Assert.StartsWith($"The logo at {url} was not found (HTTP 404);", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_is_unreachable_with_the_status()
    {
        _server.Status("/logo.png", 503);

        var result = await Downloader().DownloadAsync(_server.Url("logo.png"), null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.Unreachable, result.Failure);
        Assert.Contains("answered HTTP 503 Service Unavailable", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_is_refused_naming_the_url_and_what_was_found()
    {
        _server.File("/logo.png", TestImages.Utf8("<!DOCTYPE html>\n<html><body>Sign in</body></html>"), contentType: "image/png");
        var url = _server.Url("logo.png");

        var result = await Downloader().DownloadAsync(url, null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.NotAnImage, result.Failure);
        Assert.Equal($"The logo at {url} is an HTML page, not an image", result.Message);
    }

    [Fact]
    public async Task An_unsafe_svg_is_refused_as_unsafe()
    {
        _server.File("/logo.svg", TestImages.Utf8(TestImages.Svg("viewBox=\"0 0 1 1\" onload=\"alert(1)\"")));

        var result = await Downloader().DownloadAsync(_server.Url("logo.svg"), null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.Unsafe, result.Failure);
        Assert.Contains("onload=\"alert(1)\"", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_are_followed_and_named_in_messages()
    {
        _server.Redirect("/old.png", "/new/logo.png", 301);
        _server.Redirect("/new/logo.png", _server.Url("final.jpg").AbsoluteUri, 307);
        _server.File("/final.jpg", TestImages.Jpeg(20, 10));
        _server.Redirect("/moved.png", "/gone.png");

        var found = await Downloader().DownloadAsync(_server.Url("old.png"), null, CancellationToken.None);
        var gone = await Downloader().DownloadAsync(_server.Url("moved.png"), null, CancellationToken.None);

        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 20, 10), found.Image);
        Assert.Equal(_server.Url("old.png"), found.Url);
        Assert.Equal(LogoFailureKind.NotFound, gone.Failure);
        Assert.StartsWith($"The logo at {_server.Url("moved.png")} (redirected to {_server.Url("gone.png")}) was not found", gone.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_the_limit()
    {
        _server.Redirect("/loop.png", "/loop.png");

        var result = await Downloader(new LogoDownloaderOptions { AllowInsecureLoopback = true, MaxRedirects = 3 })
            .DownloadAsync(_server.Url("loop.png"), null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.Unreachable, result.Failure);
        Assert.Contains("redirects more than 3 times", result.Message, StringComparison.Ordinal);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task Plain_http_is_refused_unless_loopback_is_allowed_and_redirects_cannot_leave_https()
    {
        _server.File("/logo.png", TestImages.Png(2, 2));
        _server.Redirect("/away.png", "http://example.com/logo.png");

        var strict = await Downloader(new LogoDownloaderOptions()).DownloadAsync(_server.Url("logo.png"), null, CancellationToken.None);
        var away = await Downloader().DownloadAsync(_server.Url("away.png"), null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.Unreachable, strict.Failure);
        Assert.Contains("is not an https address", strict.Message, StringComparison.Ordinal);
        Assert.Contains("redirects to http://example.com/logo.png, which is not an https address", away.Message, StringComparison.Ordinal);
        Assert.Equal(["/away.png"], _server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        _server.Slow("/slow.png", TimeSpan.FromSeconds(10), TestImages.Png(2, 2));

        var result = await Downloader(new LogoDownloaderOptions { AllowInsecureLoopback = true, Timeout = TimeSpan.FromMilliseconds(300) })
            .DownloadAsync(_server.Url("slow.png"), null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.Timeout, result.Failure);
        Assert.Contains("did not arrive within 0.3 seconds", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_keeps_timing_out_is_not_asked_again_but_another_host_is()
    {
        _server.Slow("/slow.png", TimeSpan.FromSeconds(10), TestImages.Png(2, 2));
        using var other = new LogoServer();
        other.File("/logo.png", TestImages.Png(2, 2), contentType: "image/png");
        var downloader = Downloader(new LogoDownloaderOptions { AllowInsecureLoopback = true, Timeout = TimeSpan.FromMilliseconds(200), FailuresBeforeGivingUp = 2 });

        var results = new List<LogoDownloadResult>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await downloader.DownloadAsync(_server.Url("slow.png"), null, CancellationToken.None));
        }

        var elsewhere = await downloader.DownloadAsync(other.Url("logo.png"), null, CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal([LogoFailureKind.Timeout, LogoFailureKind.Timeout, LogoFailureKind.Unreachable, LogoFailureKind.Unreachable], results.Select(r => r.Failure));
        Assert.Contains("was not tried again after 2 failures in a row this build", results[^1].Message, StringComparison.Ordinal);
        Assert.Equal(LogoDownloadStatus.Downloaded, elsewhere.Status);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_timeout()
    {
        _server.Slow("/slow.png", TimeSpan.FromSeconds(10), TestImages.Png(2, 2));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Downloader().DownloadAsync(_server.Url("slow.png"), null, cancel.Token));
    }

    [Fact]
    public async Task A_refused_connection_is_unreachable()
    {
        var port = _server.BaseUrl.Port;
        _server.Dispose();

        var result = await Downloader().DownloadAsync(new Uri($"http://127.0.0.1:{port}/logo.png"), null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.Unreachable, result.Failure);
        Assert.StartsWith($"The logo at http://127.0.0.1:{port}/logo.png could not be downloaded (", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_body_without_a_length_is_stopped_just_past_the_limit()
    {
        _server.Endless("/huge.png", 256L * 1024 * 1024, declareLength: false);

        var result = await Downloader().DownloadAsync(_server.Url("huge.png"), null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.TooLarge, result.Failure);
        Assert.Equal(ImageSniffer.MaxBytes + 1, result.BytesRead);
        Assert.Contains("larger than 1 MiB (the download was stopped there)", result.Message, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.True(_server.BytesWritten < 64L * 1024 * 1024, $"the server could send {_server.BytesWritten} bytes");
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading_the_body()
    {
        _server.Endless("/huge.png", 2L * 1024 * 1024, declareLength: true);

        var result = await Downloader().DownloadAsync(_server.Url("huge.png"), null, CancellationToken.None);

        Assert.Equal(LogoFailureKind.TooLarge, result.Failure);
        Assert.Equal(0, result.BytesRead);
        Assert.Contains("is a 2,097,152-byte file (2.0 MiB) (by its Content-Length)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exactly_one_mebibyte_is_allowed()
    {
        var png = TestImages.Png(2, 2);
        var padded = new byte[ImageSniffer.MaxBytes];
        png.CopyTo(padded, 0);
        _server.File("/big.png", padded);

        var result = await Downloader().DownloadAsync(_server.Url("big.png"), null, CancellationToken.None);

        Assert.Equal(LogoDownloadStatus.Downloaded, result.Status);
        Assert.Equal(ImageSniffer.MaxBytes, result.BytesRead);
    }

    [Theory]
    [InlineData("https://github.com/balena-io/sound/blob/master/logo.png", "; did you mean https://raw.githubusercontent.com/balena-io/sound/master/logo.png?")]
    [InlineData("https://github.com/balena-io/sound/raw/master/logo.png", "")]
    [InlineData("https://example.com/a/b/blob/c/d", "")]
    public void A_github_page_url_gets_the_raw_address_suggested(string url, string hint)
    {
        Assert.Equal(hint, LogoDownloader.RawHint(new Uri(url)));
    }

    private LogoDownloader Downloader(LogoDownloaderOptions? options = null) =>
        new(_http, options ?? new LogoDownloaderOptions { AllowInsecureLoopback = true, Timeout = TimeSpan.FromSeconds(10) });
}
