// The deployment's rules the pages explain (region name, self-link cutoff).
import './deployment-policy';
