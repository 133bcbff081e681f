namespace HipSpine.Scale;

/// <summary>
/// A tiny deterministic generator (SplitMix64) seeded by (seed, patient, day, stream): any patient's day can be
/// made on its own, in any order, and is always the same. That lets the diary be written day by day across all
/// patients, the order a live app writes it, without holding the whole year in memory.
/// </summary>
public struct SplitMix(int seed, int patient, int day, int stream)
{
    private ulong state = Mix(((ulong)(uint)seed << 32) ^ ((ulong)(uint)patient * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)day << 20) ^ (ulong)(uint)stream);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextDouble() * (max - min));

    /// <summary>Standard normal (Box-Muller).</summary>
    public double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());

    /// <summary>A random (version 4 layout) Guid.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextULong());
        BitConverter.TryWriteBytes(bytes[8..], NextULong());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
