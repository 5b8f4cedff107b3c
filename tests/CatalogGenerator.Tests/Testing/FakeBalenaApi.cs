using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// A stand-in for balena's API on 127.0.0.1 (tests never touch the network): answers every request with
/// one fixed status and body, optionally after a delay, and records the paths and queries asked for.
/// </summary>
internal sealed class FakeBalenaApi : IDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeBalenaApi(string body, HttpStatusCode status = HttpStatusCode.OK, TimeSpan delay = default)
    {
        (_listener, Url) = LoopbackHttpListener.Start();
        _loop = Task.Run(() => ServeAsync(body, status, delay));
    }

    public string Url { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>A loopback address where nothing listens, so connecting is refused at once.</summary>
    public static string UnreachableUrl() => LoopbackHttpListener.Unused();

    /// <summary>An OData answer like balena's for <c>device_type</c> with the given boards.</summary>
    public static string DeviceTypes(params (string Slug, string Name, string Arch, string[] Aliases)[] boards)
    {
        var list = new JsonArray();
        foreach (var (slug, name, arch, aliases) in boards)
        {
            list.Add(new JsonObject
            {
                ["slug"] = slug,
                ["name"] = name,
                ["is_private"] = false,
                ["contract"] = new JsonObject
                {
                    ["slug"] = slug,
                    ["data"] = new JsonObject { ["arch"] = arch, ["hdmi"] = true, ["connectivity"] = new JsonObject { ["wifi"] = true, ["bluetooth"] = false } },
                },
                ["is_of__cpu_architecture"] = new JsonArray(new JsonObject { ["slug"] = arch }),
                ["device_type_alias"] = new JsonArray([.. aliases.Append(slug).Select(a => (JsonNode)new JsonObject { ["is_referenced_by__alias"] = a })]),
            });
        }

        return new JsonObject { ["d"] = list }.ToJsonString();
    }


    private async Task ServeAsync(string body, HttpStatusCode status, TimeSpan delay)
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests.Enqueue(Uri.UnescapeDataString(context.Request.Url!.PathAndQuery));
            _ = Task.Run(async () =>
            {
                try
                {
                    await Task.Delay(delay, _stop.Token);
                    var bytes = Encoding.UTF8.GetBytes(body);
                    context.Response.StatusCode = (int)status;
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync(bytes, _stop.Token);
                    context.Response.Close();
                }
                catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
                {
                    context.Response.Abort();
                }
            });
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        LoopbackHttpListener.Stop(_listener);
        _loop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}
