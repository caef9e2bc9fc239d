namespace SamDeploy.Conformance;

/// <summary>
/// Python's <c>sorted()</c> with a comparison function: stable, using only "less than". Lists shorter than 64
/// items are sorted exactly as CPython's timsort does (an initial run, reversed when strictly descending, then
/// binary insertion), so even a comparator that is not a total order gives the reference's result; longer lists
/// use a stable merge sort, which agrees with timsort whenever the comparator is consistent.
/// </summary>
internal static class PythonListSort
{
    private const int MinMerge = 64;

    /// <summary>Returns the items sorted by <paramref name="compare"/> (negative when the first is less).</summary>
    public static List<T> Sorted<T>(IEnumerable<T> items, Comparison<T> compare)
    {
        var list = items.ToList();
        if (list.Count < 2)
        {
            return list;
        }

        if (list.Count < MinMerge)
        {
            var run = CountRun(list, compare);
            BinaryInsertion(list, run, compare);
            return list;
        }

        return MergeSort(list, compare);
    }

    private static int CountRun<T>(List<T> list, Comparison<T> compare)
    {
        var n = 1;
        if (compare(list[1], list[0]) < 0)
        {
            n = 2;
            while (n < list.Count && compare(list[n], list[n - 1]) < 0)
            {
                n++;
            }

            list.Reverse(0, n);
        }
        else
        {
            n = 2;
            while (n < list.Count && compare(list[n], list[n - 1]) >= 0)
            {
                n++;
            }
        }

        return n;
    }

    private static void BinaryInsertion<T>(List<T> list, int start, Comparison<T> compare)
    {
        for (var i = start; i < list.Count; i++)
        {
            var pivot = list[i];
            var lo = 0;
            var hi = i;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo) >> 1);
                if (compare(pivot, list[mid]) < 0)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            list.RemoveAt(i);
            list.Insert(lo, pivot);
        }
    }

    private static List<T> MergeSort<T>(List<T> list, Comparison<T> compare)
    {
        if (list.Count < 2)
        {
            return list;
        }

        var middle = list.Count / 2;
        var left = MergeSort(list.GetRange(0, middle), compare);
        var right = MergeSort(list.GetRange(middle, list.Count - middle), compare);
        var merged = new List<T>(list.Count);
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            // Take from the right only when it is strictly less: that keeps equal items in order.
            merged.Add(compare(right[j], left[i]) < 0 ? right[j++] : left[i++]);
        }

        merged.AddRange(left.Skip(i));
        merged.AddRange(right.Skip(j));
        return merged;
    }
}
