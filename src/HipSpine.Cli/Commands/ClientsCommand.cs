using System.CommandLine;
using HipSpine.Data;
using HipSpine.Records.Smart;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace HipSpine.Cli.Commands;

/// <summary>
/// <c>hipspine clients add|list|remove</c>: the SMART client apps of the web app, as its /admin/clients page manages
/// them (the same <see cref="SmartClients"/> registry). Exit codes: 0 done, 2 refused (bad field, no such database,
/// owner or client).
/// </summary>
internal static class ClientsCommand
{
    public static Command Create(CliConsole console) =>
        new("clients", "Manage the apps that may connect through SMART on FHIR (needs access to the machine).")
        {
            AddCommand(console), ListCommand(console), RemoveCommand(console),
        };

    private static Command AddCommand(CliConsole console)
    {
        var database = UsersCommand.DatabaseOption();
        var id = new Option<string>("--id") { Description = "The client id the app sends.", Required = true };
        var name = new Option<string>("--name") { Description = "The name people see on the consent page.", Required = true };
        var confidential = new Option<bool>("--confidential") { Description = "A server that keeps a secret (printed once); default: a public app (PKCE only)." };
        var redirects = new Option<string[]>("--redirect-uri") { Description = "A redirect URI (repeat for more)." };
        var origins = new Option<string[]>("--origin") { Description = "A browser origin allowed to call the API (CORS; repeat for more)." };
        var scopes = new Option<string[]>("--scope") { Description = "A scope the app may ask for (repeat): " + string.Join(", ", SmartScopes.All), Required = true };
        var owner = new Option<string>("--owner") { Description = "The clinician (email) a backend with system scopes acts for." };
        var command = new Command("add", "Register an app.") { database, id, name, confidential, redirects, origins, scopes, owner };
        command.SetAction((parse, cancellationToken) => WithManagerAsync(parse.GetValue(database)!, console, async (db, manager) =>
        {
            string? ownerId = null;
            if (parse.GetValue(owner) is { Length: > 0 } email)
            {
                ownerId = (await UsersCommand.FindAsync(db, email, cancellationToken).ConfigureAwait(false))?.Id;
                if (ownerId is null)
                {
                    return UsersCommand.Refuse(console, $"owner: no account with the email '{email.Trim()}'");
                }
            }

            var client = new SmartClientRegistration(parse.GetValue(id)!.Trim(), parse.GetValue(name)!.Trim(), parse.GetValue(confidential),
                parse.GetValue(redirects) ?? [], parse.GetValue(origins) ?? [], parse.GetValue(scopes) ?? [], ownerId);
            if (client.Problem() is { } problem)
            {
                return UsersCommand.Refuse(console, problem);
            }

            if (await manager.FindByClientIdAsync(client.ClientId, cancellationToken).ConfigureAwait(false) is not null)
            {
                return UsersCommand.Refuse(console, $"client id: '{client.ClientId}' is already registered");
            }

            var secret = await SmartClients.AddAsync(manager, client, cancellationToken).ConfigureAwait(false);
            var message = secret is null ? $"registered {client.ClientId} (public)" : $"registered {client.ClientId} (confidential); its secret, shown only now: {secret}";
            await console.Out.WriteLineAsync(message.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command ListCommand(CliConsole console)
    {
        var database = UsersCommand.DatabaseOption();
        var command = new Command("list", "List the registered apps (never their secrets).") { database };
        command.SetAction((parse, cancellationToken) => WithManagerAsync(parse.GetValue(database)!, console, async (_, manager) =>
        {
            foreach (var client in await SmartClients.ListAsync(manager, cancellationToken).ConfigureAwait(false))
            {
                var line = $"{client.ClientId}\t{(client.Confidential ? "confidential" : "public")}\t{client.Name}\tscopes: {string.Join(' ', client.Scopes)}\torigins: {string.Join(' ', client.Origins)}";
                await console.Out.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static Command RemoveCommand(CliConsole console)
    {
        var database = UsersCommand.DatabaseOption();
        var id = new Argument<string>("client-id") { Description = "The app's client id." };
        var command = new Command("remove", "Remove an app: every token it holds stops working at once.") { database, id };
        command.SetAction((parse, cancellationToken) => WithManagerAsync(parse.GetValue(database)!, console, async (_, manager) =>
        {
            var clientId = parse.GetValue(id)!;
            if (!await SmartClients.RemoveAsync(manager, clientId, cancellationToken).ConfigureAwait(false))
            {
                return UsersCommand.Refuse(console, $"client id: no app '{clientId}' is registered");
            }

            await console.Out.WriteLineAsync($"removed {clientId}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    /// <summary>OpenIddict's application manager on the given database (its stores want a service provider).</summary>
    private static async Task<int> WithManagerAsync(string database, CliConsole console, Func<HipSpineDbContext, IOpenIddictApplicationManager, Task<int>> action)
    {
        if (UsersCommand.OpenChecked(database, console, out var refusal) is not { } db)
        {
            return refusal;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => db);
        services.AddHipSpineClientStore();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await action(db, scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>()).ConfigureAwait(false);
    }
}
