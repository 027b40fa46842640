package app.rapport.suggest;
import java.util.*;
public class Speed { public static void main(String[] a){
 int n = Integer.parseInt(a[0]);
 var j = SampleJournal.generate(n, n*3, 5);
 for (int r = 0; r < 3; r++) {
 long t0=System.nanoTime();
 var e = IntroductionEngine.of(j, Feedback.none());
 var top = e.top(50, Journals.TODAY, Locale.ENGLISH);
 long t1=System.nanoTime();
 e.forgetLastResult();
 top = e.top(50, Journals.TODAY, Locale.ENGLISH);
 long t2=System.nanoTime();
 System.out.printf("n=%d open+top %.0f ms, top %.0f ms, scored %d (%.2f%%) size %d%n", n, (t1-t0)/1e6, (t2-t1)/1e6, e.lastLookedAt(), 100.0*e.lastLookedAt()/(n*(n-1L)/2), top.size());
 }
}}
