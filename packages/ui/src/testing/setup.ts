import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Files share one module graph (isolate: false), so each file unmounts what its tests rendered here, not in a shared module.
afterEach(cleanup);
