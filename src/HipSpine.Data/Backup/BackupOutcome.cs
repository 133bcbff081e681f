namespace HipSpine.Data.Backup;

/// <summary>How a backup or restore ended; expected failures are values, not exceptions.</summary>
public sealed record BackupOutcome(BackupStatus Status, string Message)
{
    public bool Succeeded => Status == BackupStatus.Done;

    internal static BackupOutcome Done(string message) => new(BackupStatus.Done, message);

    internal static BackupOutcome Refused(string message) => new(BackupStatus.Refused, message);

    internal static BackupOutcome Failed(string message) => new(BackupStatus.Failed, message);
}

public enum BackupStatus
{
    /// <summary>Copied and checked with <c>PRAGMA integrity_check</c>.</summary>
    Done,

    /// <summary>Not attempted: bad arguments, a missing file, a target that would be overwritten, PostgreSQL.</summary>
    Refused,

    /// <summary>Attempted and failed, or the copy did not pass <c>PRAGMA integrity_check</c>.</summary>
    Failed,
}
