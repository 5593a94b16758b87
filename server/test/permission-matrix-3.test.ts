/** Part 3 of the permission matrix (permission-matrix.ts): the matrix runs as four files so the run's workers share it. */
import { permissionMatrix } from './permission-matrix';

permissionMatrix(3, 4);
