/// <summary>
/// The diary-write load: one account per connection, set up through the pages (not timed),
/// then each loop posts new diary entries for the given time. Anything but the redirect back to the diary is
/// an error. Afterwards each account's stored entries must equal its acknowledged writes, all distinct.
/// </summary>
internal static class DiaryLoad
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        if (options.SqliteFile is null)
        {
            Console.Error.WriteLine("hipspine-load: --diary needs --verify-sqlite FILE (the app's database) to check the writes");
            return 2;
        }

        var accounts = Enumerable.Range(0, options.Connections).Select(i => new DiaryAccount(options.Url, i)).ToArray();
        try
        {
            // Sign-up hashes a password (deliberately slow): a few at a time so set-up does not time out.
            using var gate = new SemaphoreSlim(4);
            await Task.WhenAll(accounts.Select(async a =>
            {
                await gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    await a.SetUpAsync(CancellationToken.None).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);

            var summary = await LoadRun.RunAsync(options.Connections, options.Seconds, (loop, ct) => accounts[loop].WriteEntryAsync(ct)).ConfigureAwait(false);
            var mismatched = Verify(options.SqliteFile, accounts);
            Console.WriteLine($"{summary} accounts={accounts.Length} acknowledged={accounts.Sum(a => a.Acknowledged)} mismatched_accounts={mismatched}");
            return summary.Errors == 0 && mismatched == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var account in accounts)
            {
                account.Dispose();
            }
        }
    }

    /// <summary>Accounts whose stored entries differ from what the app acknowledged (each printed to stderr).</summary>
    private static int Verify(string databaseFile, DiaryAccount[] accounts)
    {
        using var store = new DiaryStore(databaseFile);
        var mismatched = 0;
        foreach (var account in accounts)
        {
            var (entries, distinct) = store.Count(account.AssessmentId);
            if (entries != account.Acknowledged || distinct != account.Acknowledged)
            {
                mismatched++;
                Console.Error.WriteLine($"{account.Email}: acknowledged {account.Acknowledged}, stored {entries} ({distinct} distinct)");
            }
        }

        return mismatched;
    }
}
