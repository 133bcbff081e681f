using System.Diagnostics;
using System.Globalization;

namespace HipSpine.ScaleOut.Tests;

/// <summary>
/// nginx in the foreground (<c>daemon off</c>) as a child of the test, every path it writes in a temp folder, so it
/// needs no root-owned file: a round-robin upstream of the instances, listening on a free loopback port.
/// </summary>
internal static class Nginx
{
    public static ChildProcess Start(string folder, int port, IEnumerable<int> upstreamPorts)
    {
        var nginx = Prerequisites.RequireNginx();
        var config = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(config, Config(folder, port, upstreamPorts));
        var start = new ProcessStartInfo(nginx);
        foreach (var arg in new[] { "-p", folder, "-c", config, "-e", Path.Combine(folder, "error.log") })
        {
            start.ArgumentList.Add(arg);
        }

        return new ChildProcess("nginx", start);
    }

    private static string Config(string folder, int port, IEnumerable<int> upstreamPorts)
    {
        static string P(int p) => p.ToString(CultureInfo.InvariantCulture);
        var servers = string.Concat(upstreamPorts.Select(p => $"        server 127.0.0.1:{P(p)} max_fails=1 fail_timeout=30s;\n"));

        // Started as root, nginx would hand its workers to 'nobody', who cannot write the temp folder: keep the current user.
        var user = Environment.UserName == "root" ? "user root;\n" : "";
        return $$"""
            {{user}}daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log info;
            events { worker_connections 64; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;

                upstream hipspine {
            {{servers}}    }

                server {
                    listen 127.0.0.1:{{P(port)}};
                    location / {
                        proxy_pass http://hipspine;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_connect_timeout 2s;
                        proxy_next_upstream error timeout http_502 http_503;
                    }
                }
            }
            """;
    }
}
