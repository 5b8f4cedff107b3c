using System.Net;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// Starts an <see cref="HttpListener"/> on 127.0.0.1. Ports are drawn below Linux's ephemeral range
/// (32768+), where outgoing connections of parallel tests take theirs, and a taken port is simply
/// skipped: asking the OS for a free port and binding it later races with every other test.
/// </summary>
internal static class LoopbackHttpListener
{
    private const int FirstPort = 20_000;
    private const int PortCount = 12_000;
    private static int _next = FirstPort + Random.Shared.Next(PortCount);

    public static (HttpListener Listener, string Url) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var url = $"http://127.0.0.1:{NextPort()}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(url);
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 100)
            {
                // Closing a listener that never started tries to bind the port again, and throws the same way.
                try
                {
                    listener.Close();
                }
                catch (HttpListenerException)
                {
                }
            }
        }
    }

    /// <summary>
    /// Stops and closes a listener. On Linux, HttpListener's teardown looks the endpoint up again and can
    /// throw "address already in use" when parallel tests churn ports; a test server's shutdown must not fail its test.
    /// </summary>
    public static void Stop(HttpListener listener)
    {
        try
        {
            listener.Stop();
        }
        catch (HttpListenerException)
        {
        }

        try
        {
            listener.Close();
        }
        catch (HttpListenerException)
        {
        }
    }

    /// <summary>A loopback URL where nothing listens now, so connecting is refused at once.</summary>
    public static string Unused() => $"http://127.0.0.1:{NextPort()}/";

    private static int NextPort() => FirstPort + (Interlocked.Increment(ref _next) % PortCount);
}
